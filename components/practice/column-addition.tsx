import { useTranslations } from "next-intl";
import type { ColumnView } from "@/lib/scratchpad";

function Cell({ value, className = "" }: { value: string | null; className?: string }) {
  return <td className={`h-8 w-7 min-w-7 text-center font-mono text-xl ${className}`}>{value ?? ""}</td>;
}

/** The same progress as familiar column addition: carries above, digits aligned. */
export function ColumnAddition({ view }: { view: ColumnView }) {
  const t = useTranslations("practice.visual.columns");
  return (
    <table className="w-max border-separate border-spacing-0" aria-label={t("table")}>
      <tbody>
        <tr aria-label={t("carries")}>
          <th scope="row" className="sr-only">{t("carries")}</th>
          <td />
          {view.carries.map((carry, i) => (
            <Cell key={i} value={carry} className="text-sm text-rose-600" />
          ))}
        </tr>
        <tr>
          <th scope="row" className="sr-only">{t("first")}</th>
          <td />
          {view.a.map((digit, i) => (
            <Cell key={i} value={digit} />
          ))}
        </tr>
        <tr>
          <th scope="row" className="sr-only">{t("second")}</th>
          <td className="w-6 text-center font-mono text-xl">+</td>
          {view.b.map((digit, i) => (
            <Cell key={i} value={digit} className="border-b-2 border-slate-800" />
          ))}
        </tr>
        <tr>
          <th scope="row" className="sr-only">{t("sum")}</th>
          <td />
          {view.result.map((digit, i) => (
            <Cell key={i} value={digit} className="text-indigo-700" />
          ))}
        </tr>
      </tbody>
    </table>
  );
}
