import { useTranslations } from "next-intl";
import type { Visual } from "@/lib/practice/practice-view";

type PythonVisual = Extract<Visual, { kind: "python" }>;

/** The program with the line last written as running marked, like a debugger's view. */
export function PythonProgram({ visual }: { visual: PythonVisual }) {
  const t = useTranslations("practice.visual.python");
  return (
    <div className="space-y-4">
      <ol aria-label={t("program")} className="overflow-x-auto rounded-lg border border-slate-200 bg-white py-2 font-mono text-sm">
        {visual.program.map((text, i) => {
          const number = i + 1;
          const current = number === visual.current;
          return (
            <li
              key={number}
              aria-current={current ? "step" : undefined}
              className={`flex gap-3 px-3 ${current ? "bg-amber-100 font-semibold" : ""}`}
            >
              <span className="w-6 shrink-0 select-none text-right text-slate-500">{number}</span>
              <span className="whitespace-pre">{text}</span>
            </li>
          );
        })}
      </ol>
      <table aria-label={t("variables")} className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">{t("variable")}</th>
            <th scope="col" className="py-1">{t("value")}</th>
          </tr>
        </thead>
        <tbody>
          {visual.variables === null ? (
            <tr>
              <td colSpan={2} className="py-1 text-slate-500">{t("noState")}</td>
            </tr>
          ) : visual.variables.length === 0 ? (
            <tr>
              <td colSpan={2} className="py-1 text-slate-500">{t("noVariables")}</td>
            </tr>
          ) : (
            visual.variables.map(({ name, value }) => (
              <tr key={name} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-4 font-mono font-normal">{name}</th>
                <td className="break-all py-1 font-mono">{value}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
