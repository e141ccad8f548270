import { useTranslations } from "next-intl";
import type { TranscriptLine } from "@/lib/practice/transcript";

type Props = { lines: TranscriptLine[]; answer: string | null; answerIndex: number; who: string };

const code = (chunks: React.ReactNode) => <code className="font-mono">{chunks}</code>;

/** The model's answer line against the right one, once the model has finished. */
export function ModelAnswerSummary({ lines, answer, answerIndex, who }: Props) {
  const t = useTranslations("practice.answer");
  const given = lines.find((line) => line.index === answerIndex);
  const right = given?.ok === true;
  return (
    <p className={`rounded-md border p-3 ${right ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-rose-300 bg-rose-50 text-rose-900"}`}>
      {given ? t.rich(right ? "right" : "wrong", { who, text: given.text, code }) : t("missing", { who })}
      {!right && answer !== null && (
        <>
          {" "}
          {t.rich("theAnswer", { answer, code })}
        </>
      )}
    </p>
  );
}
