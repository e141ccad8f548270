"use client";

import { useRef, useState, type FormEvent } from "react";
import { addition, type Verdict } from "@/lib/scratchpad";
import { field, primaryButton } from "@/components/home/styles";

type Run = { text: string; done: boolean; error: string | null };
const EMPTY: Run = { text: "", done: false, error: null };

/** Streams one model's answer into `onText` as it is written. */
async function stream(modelId: string, input: string, signal: AbortSignal, onText: (text: string) => void): Promise<string | null> {
  const response = await fetch("/api/lab/solve", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ modelId, input }),
    signal,
  });
  if (!response.ok || !response.body) return ((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? `HTTP ${response.status}`;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return null;
    text += value;
    onText(text);
  }
}

/** Two numbers, both addition models side by side; the scratchpad's lines judged as they arrive. */
export function CompareBox({ scratchpadModel, directModel }: { scratchpadModel: string; directModel: string | null }) {
  const [a, setA] = useState("4785");
  const [b, setB] = useState("968");
  const [error, setError] = useState<string | null>(null);
  const [runs, setRuns] = useState<Record<string, Run>>({});
  const [problem, setProblem] = useState<{ a: string; b: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const models = [scratchpadModel, ...(directModel ? [directModel] : [])];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = addition.parseInput(`${a.trim()} + ${b.trim()}`);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    setProblem(parsed.value);
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    const input = addition.formatInput(parsed.value);
    setRuns(Object.fromEntries(models.map((id) => [id, EMPTY])));
    await Promise.all(
      models.map(async (id) => {
        const update = (patch: Partial<Run>) => setRuns((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY), ...patch } }));
        try {
          const failure = await stream(id, input, controller.signal, (text) => update({ text }));
          update({ done: true, error: failure });
        } catch (caught) {
          if (!controller.signal.aborted) update({ done: true, error: String(caught) });
        }
      }),
    );
  }

  return (
    <section aria-labelledby="try-heading" className="space-y-3">
      <h2 id="try-heading" className="text-xl font-semibold">
        Try it: both models on your own sum
      </h2>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="text-sm text-slate-700">First number</span>
          <input value={a} onChange={(e) => setA(e.target.value)} inputMode="numeric" maxLength={60} className={`${field} font-mono`} />
        </label>
        <span className="pb-2 font-mono">+</span>
        <label className="block">
          <span className="text-sm text-slate-700">Second number</span>
          <input value={b} onChange={(e) => setB(e.target.value)} inputMode="numeric" maxLength={60} className={`${field} font-mono`} />
        </label>
        <button type="submit" className={primaryButton}>
          Ask both models
        </button>
      </form>
      {error && <p role="alert" className="text-rose-700">{error}</p>}
      {problem && (
        <div className="grid gap-4 md:grid-cols-2">
          {models.map((id) => (
            <ModelOutput key={id} id={id} run={runs[id] ?? EMPTY} problem={problem} />
          ))}
        </div>
      )}
    </section>
  );
}

function ModelOutput({ id, run, problem }: { id: string; run: Run; problem: { a: string; b: string } }) {
  const lines = run.text.split("\n");
  // The last line is still being written until the stream ends.
  const complete = run.done ? lines : lines.slice(0, -1);
  const verdicts: Array<Verdict | null> = id.endsWith("-scratchpad")
    ? complete.map((line, i) => addition.judgeLine(problem, i, line, { actor: "model" }))
    : complete.map(() => null);
  const expected = String(BigInt(problem.a) + BigInt(problem.b)).split("").join(" ");
  const answer = run.done ? lines.at(-1)?.trim() : undefined;
  const firstWrong = verdicts.findIndex((v) => v && !v.ok);

  return (
    <section aria-label={`Output of ${id}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h3 className="font-semibold">{id}</h3>
      <ol className="overflow-x-auto font-mono text-sm leading-6">
        {lines.map((line, i) => {
          const verdict = verdicts[i];
          const mark = verdict ? (verdict.ok ? "✓" : "✗") : "";
          return (
            <li key={i} className={verdict && !verdict.ok ? "bg-rose-50 text-rose-800" : ""}>
              <span aria-hidden="true" className="inline-block w-4">{mark}</span>
              {line || "\u00a0"}
              {verdict && !verdict.ok && i === firstWrong && <p className="font-sans text-xs">{verdict.message}</p>}
            </li>
          );
        })}
      </ol>
      <p role="status" className="text-sm">
        {run.error
          ? `The model could not answer: ${run.error}`
          : !run.done
            ? "Writing…"
            : answer === expected
              ? `Right: ${expected.replaceAll(" ", "")}.`
              : `Wrong: the sum is ${expected.replaceAll(" ", "")}.`}
      </p>
    </section>
  );
}
