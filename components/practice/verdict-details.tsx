import type { Verdict } from "@/lib/scratchpad";

const FIELD_NAMES: Record<string, string> = {
  a: "Digits left of the first number",
  b: "Digits left of the second number",
  result: "Result digits",
  carry: "Carry",
  comment: "Comment",
  answer: "Answer",
  text: "Line",
};

/** Which parts of a wrong line are wrong, and the misconception behind it if we recognise one. */
export function VerdictDetails({ verdict, wrote = "you wrote" }: { verdict: Verdict; wrote?: string }) {
  const wrong = Object.entries(verdict.fields).filter(([, field]) => !field.ok);
  return (
    <div className="space-y-2 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm">
      {wrong.length > 0 && (
        <ul className="space-y-1">
          {wrong.map(([name, field]) => (
            <li key={name}>
              <span className="font-medium">{FIELD_NAMES[name] ?? name}:</span> {wrote}{" "}
              <code className="rounded bg-white px-1">{field.got ?? "nothing"}</code>
            </li>
          ))}
        </ul>
      )}
      {verdict.diagnosis && (
        <p>
          <span className="font-semibold">{verdict.diagnosis.title}.</span> {verdict.diagnosis.explanation}
        </p>
      )}
    </div>
  );
}
