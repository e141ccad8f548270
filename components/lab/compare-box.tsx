"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { field, primaryButton } from "@/components/home/styles";
import { addition, polynomial, polynomialValue, type Parsed, type TaskModule, type Verdict } from "@/lib/scratchpad";
import { CodeText } from "../text/code-text";

type Run = { text: string; done: boolean; error: string | null };
const EMPTY: Run = { text: "", done: false, error: null };

/**
 * Streams one model's answer into `onText` as it is written; resolves with an error or null.
 * The route answers errors in the page's language (it reads the same cookie and header).
 */
async function stream(modelId: string, input: string, signal: AbortSignal, onText: (text: string) => void): Promise<{ error: string } | { status: number } | null> {
  const response = await fetch("/api/lab/solve", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ modelId, input }),
    signal,
  });
  if (!response.ok || !response.body) {
    const error = ((await response.json().catch(() => null)) as { error?: string } | null)?.error;
    return error ? { error } : { status: response.status };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return null;
    text += value;
    onText(text);
  }
}

type Props<P> = {
  heading: string;
  task: TaskModule<P>;
  models: string[];
  /** The form's own fields; `read` turns the form into the task's input text. */
  fields: ReactNode;
  read: (form: FormData) => string;
  /** The answer line as the target writes it. */
  answerOf: (problem: P) => string;
};

/** One problem, several models side by side; scratchpad lines judged by the validator as they arrive. */
function CompareBox<P>({ heading, task, models, fields, read, answerOf }: Props<P>) {
  const t = useTranslations("lab.compare");
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [runs, setRuns] = useState<Record<string, Run>>({});
  const [problem, setProblem] = useState<P | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed: Parsed<P> = task.parseInput(read(new FormData(event.currentTarget)), locale);
    if (!parsed.ok) {
      // The previous answers belong to another input: they go, so the error stands alone.
      abortRef.current?.abort();
      setProblem(null);
      setRuns({});
      return setError(parsed.error);
    }
    setError(null);
    setProblem(parsed.value);
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    const input = task.formatInput(parsed.value);
    setRuns(Object.fromEntries(models.map((id) => [id, EMPTY])));
    await Promise.all(
      models.map(async (id) => {
        const update = (patch: Partial<Run>) => setRuns((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY), ...patch } }));
        try {
          const failure = await stream(id, input, controller.signal, (text) => update({ text }));
          update({ done: true, error: failure === null ? null : "error" in failure ? failure.error : t("http", { status: failure.status }) });
        } catch (caught) {
          if (!controller.signal.aborted) update({ done: true, error: String(caught) });
        }
      }),
    );
  }

  return (
    <section aria-label={heading} className="space-y-3">
      <h3 className="text-lg font-semibold">{heading}</h3>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
        {fields}
        <button type="submit" className={primaryButton}>
          {t("ask")}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-rose-700">
          <CodeText text={error} />
        </p>
      )}
      {problem !== null && (
        <div className="grid gap-4 md:grid-cols-2">
          {models.map((id) => (
            <ModelOutput
              key={id}
              id={id}
              run={runs[id] ?? EMPTY}
              expected={answerOf(problem)}
              judge={id.endsWith("-scratchpad") ? (index, line) => task.judgeLine(problem, index, line, { actor: "model", locale }) : null}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function ModelOutput({ id, run, expected, judge }: { id: string; run: Run; expected: string; judge: ((index: number, line: string) => Verdict) | null }) {
  const t = useTranslations("lab.compare");
  const lines = run.text.split("\n");
  // The last line is still being written until the stream ends.
  const complete = run.done ? lines : lines.slice(0, -1);
  const verdicts = complete.map((line, i) => (judge ? judge(i, line) : null));
  const firstWrong = verdicts.findIndex((v) => v && !v.ok);
  const answer = run.done ? lines.at(-1)?.trim() : undefined;

  return (
    <section aria-label={t("output", { id })} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h4 className="font-semibold">{id}</h4>
      <ol className="overflow-x-auto font-mono text-sm leading-6">
        {lines.map((line, i) => {
          const verdict = verdicts[i];
          return (
            <li key={i} className={verdict && !verdict.ok ? "bg-rose-50 text-rose-800" : ""}>
              <span aria-hidden="true" className="inline-block w-4">
                {verdict ? (verdict.ok ? "✓" : "✗") : ""}
              </span>
              {line || "\u00a0"}
              {verdict && !verdict.ok && i === firstWrong && <p className="font-sans text-xs">
                  <CodeText text={verdict.message} />
                </p>}
            </li>
          );
        })}
      </ol>
      <p role="status" className="text-sm">
        {run.error
          ? t("failed", { error: run.error })
          : !run.done
            ? t("writing")
            : answer === expected
              ? t("right", { answer: expected.replaceAll(" ", "") })
              : t("wrong", { answer: expected.replaceAll(" ", "") })}
      </p>
    </section>
  );
}

const input = (name: string, label: string, defaultValue: string, width = "") => (
  <label className={`block ${width}`}>
    <span className="text-sm text-slate-700">{label}</span>
    <input name={name} defaultValue={defaultValue} autoComplete="off" maxLength={60} className={`${field} font-mono`} />
  </label>
);

export function AdditionCompare({ models }: { models: string[] }) {
  const t = useTranslations("lab.compare");
  return (
    <CompareBox
      heading={t("addition")}
      task={addition}
      models={models}
      fields={
        <>
          {input("a", t("first"), "4785")}
          <span className="pb-2 font-mono">+</span>
          {input("b", t("second"), "968")}
        </>
      }
      read={(form) => `${String(form.get("a")).trim()} + ${String(form.get("b")).trim()}`}
      answerOf={(p) => String(BigInt(p.a) + BigInt(p.b)).split("").join(" ")}
    />
  );
}

export function PolynomialCompare({ models }: { models: string[] }) {
  const t = useTranslations("lab.compare");
  return (
    <CompareBox
      heading={t("polynomial")}
      task={polynomial}
      models={models}
      fields={
        <>
          {input("expression", t("expression"), "3*x**2 - 5*x + 7", "flex-1")}
          {input("x", t("x"), "4")}
        </>
      }
      read={(form) => `Evaluate ${String(form.get("expression")).trim()} at x = ${String(form.get("x")).trim()}`}
      answerOf={(p) => String(polynomialValue(p))}
    />
  );
}
