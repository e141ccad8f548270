import type { TranscriptLine } from "@/lib/practice/transcript";

type Props = { lines: TranscriptLine[]; answer: string | null; answerIndex: number; who: string };

/** The model's answer line against the right one, once the model has finished. */
export function ModelAnswerSummary({ lines, answer, answerIndex, who }: Props) {
  const given = lines.find((line) => line.index === answerIndex);
  const right = given?.ok === true;
  return (
    <p className={`rounded-md border p-3 ${right ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-rose-300 bg-rose-50 text-rose-900"}`}>
      {given ? (
        <>
          {who} <code className="font-mono">{given.text}</code> is {right ? "right" : "wrong"}.
        </>
      ) : (
        <>{who} is missing: the model stopped before writing it.</>
      )}
      {!right && answer !== null && (
        <>
          {" "}
          The answer is <code className="font-mono">{answer}</code>.
        </>
      )}
    </p>
  );
}
