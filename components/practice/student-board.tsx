"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { requestHint, submitLine } from "@/app/(practice)/actions";
import { MAX_LINE_LENGTH } from "@/lib/practice/limits";
import type { PracticeView } from "@/lib/practice/practice-view";
import type { Verdict } from "@/lib/scratchpad";
import { ColumnAddition } from "./column-addition";
import { GuidedColumnInput } from "./guided-column-input";
import { HistoryList } from "./history-list";
import { lineHelp } from "./line-help";
import { PolynomialTerms } from "./polynomial-terms";
import { PythonProgram } from "./python-program";
import { ScratchpadText } from "./scratchpad-text";
import { SolvedSummary } from "./solved-summary";
import { TurnStatus } from "./turn-status";
import { useAutoStart } from "./use-auto-start";
import { useModelRun } from "./use-model-run";
import { VerdictDetails } from "./verdict-details";
import { VisualPanel } from "./visual-panel";
import { CodeText } from "../text/code-text";

type Feedback =
  | { kind: "verdict"; verdict: Verdict }
  | { kind: "error"; message: string }
  // A hint just shown, or a word about the hints: announced like a verdict.
  | { kind: "hint"; message: string }
  | null;

const NO_LINES: never[] = [];

/** The student's scratchpad: alone, or shared with a model that writes every other line. */
export function StudentBoard({ view }: { view: PracticeView }) {
  const t = useTranslations("practice");
  const [line, setLine] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  // A request id survives a failed call so that retrying it can never store the line twice.
  const requestIdRef = useRef<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const lastLine = [...view.history].reverse().find((item) => item.type === "line");
  const turns = view.model?.mode === "turns" ? view.model : null;
  const modelRun = useModelRun(view.sessionId, NO_LINES, NO_LINES, turns?.lastError ?? null);
  const modelsTurn = turns?.turn === "model" && turns.available;
  useAutoStart(Boolean(modelsTurn) && modelRun.state !== "failed", modelRun.start);
  const modelWriting = modelRun.state === "running";
  const currentHints = view.next ? view.history.filter((item) => item.type === "hint" && item.lineIndex === view.next?.index) : [];
  const allHintsShown = view.next !== null && currentHints.some((hint) => (hint.hintLevel ?? 0) >= (view.next?.hintLevels ?? Infinity));
  // Buttons stay focusable while a request runs (aria-disabled, not disabled): a disabled
  // button drops the keyboard focus to the page.
  const busy = pending || modelWriting;

  function takeRequestId() {
    requestIdRef.current ??= crypto.randomUUID();
    return requestIdRef.current;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || modelWriting) return;
    // An empty line is not a try: nothing is sent, and nothing counts against the student.
    if (line.trim() === "") {
      setFeedback({ kind: "error", message: t("board.emptyLine") });
      inputRef.current?.focus();
      return;
    }
    const requestId = takeRequestId();
    startTransition(async () => {
      try {
        const result = await submitLine({ sessionId: view.sessionId, requestId, line });
        requestIdRef.current = null;
        if (!result.ok) return setFeedback({ kind: "error", message: result.error });
        setFeedback({ kind: "verdict", verdict: result.verdict });
        if (result.verdict.ok) setLine("");
      } catch {
        setFeedback({ kind: "error", message: t("board.notSent") });
      }
      inputRef.current?.focus();
    });
  }

  function onHint() {
    if (pending || modelWriting) return;
    // The last level is the full line: asking again would only repeat it and count a hint.
    if (allHintsShown) return setFeedback({ kind: "hint", message: t("board.fullLineShown") });
    const requestId = takeRequestId();
    startTransition(async () => {
      try {
        const result = await requestHint({ sessionId: view.sessionId, requestId });
        requestIdRef.current = null;
        if (!result.ok) setFeedback({ kind: "error", message: result.error });
        else setFeedback({ kind: "hint", message: t("board.hintShown", { level: result.hint.level, text: result.hint.text }) });
      } catch {
        setFeedback({ kind: "error", message: t("board.hintFailed") });
      }
    });
  }

  const help = view.next ? lineHelp(view.kind, view.next.role) : null;
  const announced = feedback === null ? "" : feedback.kind === "verdict" ? feedback.verdict.message : feedback.message;
  const announcedClass =
    feedback?.kind === "hint" ? "text-amber-900" : feedback?.kind === "verdict" && feedback.verdict.ok ? "text-emerald-700" : "text-rose-700";

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="scratchpad-heading" className="space-y-3">
          <h2 id="scratchpad-heading" className="text-lg font-semibold">
            {t("board.scratchpad")}
          </h2>
          <ScratchpadText rows={view.rows} waiting={view.next !== null} />
          {turns && view.next && (
            <TurnStatus view={view} modelWriting={modelWriting} run={modelRun} />
          )}

          {view.next ? (
            <form onSubmit={onSubmit} className="space-y-2">
              <label htmlFor="next-line" className="block font-medium">
                {t("board.nextLine")}
              </label>
              <p id="next-line-help" className="text-sm text-slate-600">
                {help && t(`lineHelp.${help.key}`, help.values)}
              </p>
              <div className="flex flex-wrap gap-2">
                <input
                  ref={inputRef}
                  id="next-line"
                  name="line"
                  value={line}
                  onChange={(e) => setLine(e.target.value)}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  autoFocus
                  maxLength={MAX_LINE_LENGTH}
                  aria-describedby="next-line-help"
                  // A whole row on a phone: lines run to ~45 characters.
                  className="min-w-0 flex-1 basis-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-lg sm:basis-0"
                />
                <button type="submit" aria-disabled={busy} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 aria-disabled:opacity-60">
                  {t("board.check")}
                </button>
                <button type="button" onClick={onHint} aria-disabled={busy} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 aria-disabled:opacity-60">
                  {t("board.hint")}
                </button>
              </div>
              {view.next.guide && (
                <GuidedColumnInput
                  key={view.next.index}
                  guide={view.next.guide}
                  onWrite={(written) => {
                    setLine(written);
                    inputRef.current?.focus();
                  }}
                />
              )}
            </form>
          ) : (
            <SolvedSummary view={view} />
          )}

          <div role="status" aria-label={t("board.lineCheck")} aria-live="polite" aria-atomic="true" className="min-h-6 font-medium">
            {announced && (
              <p className={announcedClass}>
                <CodeText text={announced} />
              </p>
            )}
          </div>
          {feedback?.kind === "verdict" && !feedback.verdict.ok && <VerdictDetails verdict={feedback.verdict} />}
          {!feedback && lastLine && lastLine.ok === false && view.next && (
            <p className="text-sm text-slate-600">{t.rich("board.lastCheck", { message: () => <CodeText text={lastLine.message ?? ""} /> })}</p>
          )}

          {currentHints.length > 0 && (
            <section aria-labelledby="hints-heading" className="rounded-md border border-amber-300 bg-amber-50 p-3">
              <h3 id="hints-heading" className="font-semibold text-amber-900">
                {t("board.hintsHeading")}
              </h3>
              <ol className="mt-1 list-decimal space-y-1 pl-5 text-amber-900">
                {currentHints.map((hint) => (
                  <li key={hint.seq} className="whitespace-pre-wrap">
                    <CodeText text={hint.text} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </section>

        <aside className="space-y-6">
          {view.visual?.kind === "addition" && (
            <VisualPanel title={t("visual.columnsTitle")} framed>
              <ColumnAddition view={view.visual.columns} />
            </VisualPanel>
          )}
          {view.visual?.kind === "polynomial" && (
            <VisualPanel title={t("visual.termsTitle")} framed>
              <PolynomialTerms visual={view.visual} />
            </VisualPanel>
          )}
          {view.visual?.kind === "python" && (
            <VisualPanel title={t("visual.pythonTitle")}>
              <PythonProgram visual={view.visual} />
            </VisualPanel>
          )}
          <HistoryList history={view.history} />
        </aside>
      </div>

    </div>
  );
}
