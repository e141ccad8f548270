import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/scratchpad";
import { CodeText } from "../text/code-text";

/** Fields the judges report, by the name each task gives them; others are shown as named. */
const FIELDS = ["a", "b", "result", "carry", "comment", "answer", "text", "term", "value", "state", "line", "exception"] as const;
type Field = (typeof FIELDS)[number];
const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

/** Whose line it is: the student's own, the model's, or a line the app planted. */
export type Writer = "student" | "model" | "planted";

/** Which parts of a wrong line are wrong, and the misconception behind it if we recognise one. */
export function VerdictDetails({ verdict, wrote = "student" }: { verdict: Verdict; wrote?: Writer }) {
  const t = useTranslations("practice.verdict");
  const wrong = Object.entries(verdict.fields).filter(([, field]) => !field.ok);
  const code = (chunks: React.ReactNode) => <code className="rounded bg-white px-1">{chunks}</code>;
  const strong = (chunks: React.ReactNode) => <span className="font-medium">{chunks}</span>;
  return (
    <div className="space-y-2 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm">
      {wrong.length > 0 && (
        <ul className="space-y-1">
          {wrong.map(([name, field]) => (
            <li key={name}>
              {t.rich(`wrote.${wrote}`, { field: isField(name) ? t(`fields.${name}`) : name, got: field.got ?? t("nothing"), code, strong })}
            </li>
          ))}
        </ul>
      )}
      {verdict.diagnosis && (
        <p>
          {t.rich("diagnosis", {
            title: verdict.diagnosis.title,
            explanation: () => <CodeText text={verdict.diagnosis?.explanation ?? ""} />,
            strong: (chunks) => <span className="font-semibold">{chunks}</span>,
          })}
        </p>
      )}
    </div>
  );
}
