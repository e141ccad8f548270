"use client";

/**
 * A practice session replayed line by line for instructors: Play (at the session's own
 * pace, four times as fast, or a step a second), Pause, Step, Back and Show all; the steps
 * so far on the left, the reference trace on the right with the line the current step is
 * about highlighted, and the scratchpad as it stood after the current step below it.
 *
 * Keyboard, while the "Replay controls" group or one of its buttons has focus: Space plays
 * or pauses (on Step, Back and Show all it presses that button, as Space does), → and ↓
 * step, ← and ↑ go back, Home goes back to the start, End shows all. Buttons that cannot
 * act are marked aria-disabled rather than disabled, so focus never drops out of the group.
 */
import { useTranslations } from "next-intl";
import { CodeText } from "../text/code-text";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import {
  boardAt,
  formatOffset,
  MAX_REAL_WAIT_MS,
  playDelay,
  REPLAY_SPEEDS,
  type BoardSection,
  type Replay,
  type ReplaySpeed,
  type ReplayStep,
} from "@/lib/review/replay";

type T = ReturnType<typeof useTranslations<"review">>;

/** The roles the tasks give reference lines (lib/scratchpad), each worded by the viewer. */
const ROLES = new Set(["open", "start", "column", "final", "close", "answer", "term", "line", "state", "exception"] as const);
type Role = typeof ROLES extends Set<infer R> ? R : never;
const isRole = (role: string): role is Role => (ROLES as Set<string>).has(role);

function actorLabel(t: T, step: ReplayStep): string {
  return t(`replay.actors.${step.actor === "model" && step.variant === "direct" ? "modelDirect" : step.actor}`);
}

/** What kind of step it is, after the actor: "line 3 (column)", "hint level 1 for line 4", "picked …". */
function stepKind(t: T, step: ReplayStep): string {
  const number = step.lineNumber ?? 0;
  if (step.type === "hint") return step.hintLevel === null ? t("replay.kinds.hint", { number }) : t("replay.kinds.hintLevel", { number, level: step.hintLevel });
  if (step.type === "spot") return step.lineNumber === null ? t("replay.kinds.pickAll") : t("replay.kinds.pickLine", { number });
  if (!step.role) return t("replay.kinds.line", { number });
  return t("replay.kinds.lineRole", { number, role: isRole(step.role) ? t(`roles.${step.role}`) : step.role });
}

/** A pick's verdict: what was picked and, when wrong, what the right pick was. */
function spotMessage(t: T, step: ReplayStep): string {
  if (!step.spot) return "";
  const pick = step.spot.pick === null ? "all" : String(step.spot.pick);
  const answer = step.spot.answer === null ? "all" : String(step.spot.answer);
  return step.ok ? t("replay.spot.right", { pick }) : t("replay.spot.wrong", { pick, answer });
}

/** The sentence the live region reads for the current step. */
function describeStep(t: T, step: ReplayStep): string {
  const parts = { time: formatOffset(step.at), actor: actorLabel(t, step), kind: stepKind(t, step) };
  if (step.type === "hint") return t("replay.describe.hint", { ...parts, text: step.text });
  if (step.type === "spot") return t("replay.describe.spot", { ...parts, message: spotMessage(t, step) }).trim();
  const message = step.message ?? t(step.ok ? "replay.right" : "replay.wrong");
  const diagnosis = step.ok === false && step.diagnosis ? ` ${step.diagnosis.title}` : "";
  return `${t("replay.describe.line", { ...parts, text: step.text, message })}${diagnosis}`;
}

function formatDuration(ms: number): string {
  return formatOffset(ms).slice(1);
}

export function SessionReplay({ replay }: { replay: Replay }) {
  const t = useTranslations("review");
  const { steps, reference, summary } = replay;
  const total = steps.length;
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>("x1");
  const keysId = useId();
  const speedId = useId();
  const playRef = useRef<HTMLButtonElement>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);
  const currentRef = useRef<HTMLLIElement>(null);
  const referenceListRef = useRef<HTMLOListElement>(null);
  const currentReferenceRef = useRef<HTMLLIElement>(null);

  const current = shown > 0 ? (steps[shown - 1] ?? null) : null;
  const currentLine = current?.lineNumber ?? null;

  // Playing: reveal the next step once its wait is over; stop after the last one.
  useEffect(() => {
    if (!playing) return;
    const next = steps[shown];
    if (!next) return;
    const timer = setTimeout(() => {
      setShown(shown + 1);
      if (shown + 1 >= total) {
        setPlaying(false);
        if (document.activeElement === pauseRef.current) playRef.current?.focus();
      }
    }, playDelay(next, speed));
    return () => clearTimeout(timer);
  }, [playing, shown, speed, steps, total]);

  // Keep the current step, and its reference line, in view.
  useEffect(() => {
    if (shown === 0) return;
    currentRef.current?.scrollIntoView({ block: "nearest" });
    const list = referenceListRef.current;
    const line = currentReferenceRef.current;
    if (list && line) {
      // Scroll only the reference list, so the page does not jump under the instructor.
      const top = line.offsetTop; // the list is the line's offset parent
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + line.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + line.offsetHeight - list.clientHeight;
    }
  }, [shown]);

  const canPlay = total > 0 && !playing;
  const canStep = shown < total;
  const canBack = shown > 0;

  function play() {
    if (!canPlay) return;
    if (shown >= total) setShown(0); // At the end, Play starts again from the beginning.
    setPlaying(true);
    if (document.activeElement === playRef.current) pauseRef.current?.focus();
  }
  function pause() {
    if (!playing) return;
    setPlaying(false);
    if (document.activeElement === pauseRef.current) playRef.current?.focus();
  }
  function goTo(count: number) {
    setPlaying(false);
    setShown(Math.max(0, Math.min(total, count)));
  }
  const step = () => canStep && goTo(shown + 1);
  const back = () => canBack && goTo(shown - 1);
  const showAll = () => canStep && goTo(total);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target;
    if (event.key === " " || event.key === "Spacebar") {
      if (target !== event.currentTarget && target !== playRef.current && target !== pauseRef.current) return;
      event.preventDefault();
      if (playing) pause();
      else play();
      return;
    }
    const action: Record<string, () => unknown> = {
      ArrowRight: step,
      ArrowDown: step,
      ArrowLeft: back,
      ArrowUp: back,
      Home: () => goTo(0),
      End: showAll,
    };
    const run = action[event.key];
    if (!run || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    run();
  }

  const sections = boardAt(replay, shown);

  return (
    <section aria-label={t("replay.label")} className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("replay.summary", {
          lines: summary.lines,
          wrong: summary.wrong,
          hints: summary.hints,
          duration: formatDuration(summary.durationMs),
          state: t(summary.solved ? "replay.solved" : "replay.notSolved"),
        })}
      </p>

      <div className="flex flex-wrap items-center gap-3">
        <div
          role="group"
          aria-label={t("replay.controls")}
          aria-describedby={keysId}
          tabIndex={0}
          onKeyDown={onKeyDown}
          className="flex flex-wrap items-center gap-2 rounded-md p-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
        >
          <ControlButton buttonRef={playRef} disabled={!canPlay} onClick={play}>
            {t("replay.play")}
          </ControlButton>
          <ControlButton buttonRef={pauseRef} disabled={!playing} onClick={pause}>
            {t("replay.pause")}
          </ControlButton>
          <ControlButton disabled={!canStep} onClick={step}>
            {t("replay.step")}
          </ControlButton>
          <ControlButton disabled={!canBack} onClick={back}>
            {t("replay.back")}
          </ControlButton>
          <ControlButton disabled={!canStep} onClick={showAll}>
            {t("replay.showAll")}
          </ControlButton>
        </div>
        <label htmlFor={speedId} className="text-sm text-slate-700">
          {t("replay.speed")}
        </label>
        <select
          id={speedId}
          value={speed}
          onChange={(event) => setSpeed(event.target.value as ReplaySpeed)}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm"
        >
          {REPLAY_SPEEDS.map((option) => (
            <option key={option} value={option}>
              {t(`replay.speeds.${option}`)}
            </option>
          ))}
        </select>
        {/* The counter and, for screen readers, what the current step was: announced politely. */}
        <p aria-live="polite" aria-atomic="true" className="text-sm text-slate-700 tabular-nums">
          <span>{t("replay.counter", { shown, total })}</span>
          {current && <span className="sr-only">. {describeStep(t, current)}</span>}
        </p>
      </div>
      <p id={keysId} className="text-xs text-slate-600">
        {t("replay.keys", { seconds: MAX_REAL_WAIT_MS / 1000 })}
      </p>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-2">
          <h3 className="font-semibold">{t("replay.steps")}</h3>
          {total === 0 ? (
            <p className="text-sm text-slate-600">{t("replay.nothingLogged")}</p>
          ) : shown === 0 ? (
            <p className="text-sm text-slate-600">{t("replay.pressPlay")}</p>
          ) : null}
          <ol aria-label={t("replay.stepsLabel")} className="max-h-[36rem] space-y-2 overflow-y-auto pr-1">
            {steps.slice(0, shown).map((item, i) => (
              <StepItem key={item.seq} step={item} current={i === shown - 1} itemRef={i === shown - 1 ? currentRef : undefined} />
            ))}
          </ol>
        </div>

        <div className="space-y-4">
          <div className="space-y-2">
            <h3 className="font-semibold">{t("replay.reference")}</h3>
            <ol ref={referenceListRef} aria-label={t("replay.reference")} className="relative max-h-[24rem] overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-sm">
              {reference.map((line) => {
                const highlighted = line.lineNumber === currentLine;
                return (
                  <li
                    key={line.lineNumber}
                    ref={highlighted ? currentReferenceRef : undefined}
                    aria-current={highlighted ? "true" : undefined}
                    className={`flex gap-2 rounded px-1 py-0.5 ${highlighted ? "bg-amber-100 ring-1 ring-amber-400" : ""}`}
                  >
                    <span className="w-6 shrink-0 text-right text-slate-500 tabular-nums" aria-hidden="true">
                      {line.lineNumber}
                    </span>
                    <span className="sr-only">{t("replay.lineNumber", { number: line.lineNumber })} </span>
                    <code className={`font-mono break-all whitespace-pre-wrap ${line.structural ? "text-slate-500" : ""}`}>{line.text}</code>
                  </li>
                );
              })}
            </ol>
          </div>
          {sections.map((board) => (
            <BoardList key={board.variant ?? "accepted"} board={board} label={boardLabel(t, board, sections.length)} />
          ))}
        </div>
      </div>
    </section>
  );
}

function ControlButton({
  disabled,
  onClick,
  children,
  buttonRef,
}: {
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onClick();
      }}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-white"
    >
      {children}
    </button>
  );
}

function StepItem({ step, current, itemRef }: { step: ReplayStep; current: boolean; itemRef?: Ref<HTMLLIElement> }) {
  const t = useTranslations("review");
  const wrong = step.ok === false;
  return (
    <li
      ref={itemRef}
      aria-current={current ? "step" : undefined}
      className={`space-y-1 rounded-lg border p-2 text-sm ${current ? "border-indigo-400 bg-indigo-50 ring-1 ring-indigo-400" : "border-slate-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-mono text-slate-600 tabular-nums">{formatOffset(step.at)}</span>
        <span className="font-medium">{actorLabel(t, step)}</span>
        <span className="text-slate-600">{stepKind(t, step)}</span>
      </div>
      {step.type !== "spot" && <code className="block font-mono break-all whitespace-pre-wrap">{step.text}</code>}
      {step.ok !== null && (
        <p className={wrong ? "text-rose-800" : "text-emerald-800"}>
          <span aria-hidden="true">{wrong ? "✗" : "✓"}</span>
          <span className="sr-only">{t(wrong ? "replay.wrong" : "replay.right")}</span> {step.type === "spot" ? spotMessage(t, step) : <CodeText text={step.message ?? ""} />}
        </p>
      )}
      {wrong && step.type === "line" && step.expected !== null && (
        <p className="text-slate-700">
          {t.rich("replay.expected", {
            line: step.expected,
            code: (chunks) => <code className="rounded bg-emerald-50 px-1 font-mono break-all text-emerald-900">{chunks}</code>,
          })}
        </p>
      )}
      {wrong && step.diagnosis && (
        <p className="rounded-md border border-rose-200 bg-rose-50 p-2">
          {t.rich("replay.diagnosis", {
            title: step.diagnosis.title,
            explanation: () => <CodeText text={step.diagnosis?.explanation ?? ""} />,
            strong: (chunks) => <span className="font-semibold">{chunks}</span>,
          })}
        </p>
      )}
    </li>
  );
}

/** "Lines accepted so far", or the model's lines (per answer where there are two). */
function boardLabel(t: T, board: BoardSection, sections: number): string {
  if (board.variant === null) return t("replay.board.accepted");
  return sections > 1 ? t("replay.board.modelVariant", { variant: board.variant }) : t("replay.board.model");
}

function BoardList({ board, label }: { board: BoardSection; label: string }) {
  const t = useTranslations("review");
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{label}</h3>
      {board.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("replay.board.none")}</p>
      ) : (
        <ol aria-label={label} className="rounded-md border border-slate-200 bg-white p-1 text-sm">
          {board.rows.map((row) => (
            <li key={row.lineNumber} className="flex gap-2 px-1 py-0.5">
              <span className="w-6 shrink-0 text-right text-slate-500 tabular-nums" aria-hidden="true">
                {row.lineNumber}
              </span>
              <span className="sr-only">{t("replay.lineNumber", { number: row.lineNumber })} </span>
              <span className="min-w-0 flex-1">
                <code className={`font-mono break-all whitespace-pre-wrap ${row.structural ? "text-slate-500" : row.ok ? "" : "text-rose-800"}`}>
                  {row.text}
                </code>
                {row.replaced !== null && (
                  <span className="block text-xs text-slate-600">
                    {t.rich("replay.board.replaced", { text: row.replaced, code: (chunks) => <code className="font-mono break-all">{chunks}</code> })}
                  </span>
                )}
              </span>
              {!row.structural && replayMark(t, row.ok, row.by)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function replayMark(t: T, ok: boolean, by: string | null) {
  return (
    <span className="shrink-0 text-xs text-slate-600">
      {by === "app" ? `${t("replay.board.planted")} ` : by === "model" ? `${t("replay.board.byModel")} ` : ""}
      <span aria-hidden="true">{ok ? "✓" : "✗"}</span>
      <span className="sr-only">{t(ok ? "replay.board.rowRight" : "replay.board.rowWrong")}</span>
    </span>
  );
}
