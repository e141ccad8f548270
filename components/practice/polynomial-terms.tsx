import { useTranslations } from "next-intl";
import type { Visual } from "@/lib/practice/practice-view";

type PolynomialVisual = Extract<Visual, { kind: "polynomial" }>;

/** Each term with its value once its line is accepted, and the sum once the answer is. */
export function PolynomialTerms({ visual }: { visual: PolynomialVisual }) {
  const t = useTranslations("practice.visual.terms");
  return (
    <table className="font-mono text-lg" aria-label={t("table")}>
      <caption className="pb-2 text-left font-sans text-sm text-slate-600">{t("atX", { x: String(visual.x) })}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("term")}</th>
          <th scope="col">{t("value")}</th>
        </tr>
      </thead>
      <tbody>
        {visual.terms.map((row, i) => (
          <tr key={i}>
            <th scope="row" className="pr-4 text-left font-normal">
              {row.term}
            </th>
            <td className="text-right text-indigo-700">{row.value ?? "?"}</td>
          </tr>
        ))}
        <tr className="border-t-2 border-slate-800">
          <th scope="row" className="pr-4 text-left font-normal">
            {t("sum")}
          </th>
          <td className="text-right text-indigo-700">{visual.total ?? "?"}</td>
        </tr>
      </tbody>
    </table>
  );
}
