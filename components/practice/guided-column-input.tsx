"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
// The module itself, not the domain's index: this runs in the browser, which needs only this.
import { composeColumnLine, type ColumnGuide } from "@/lib/scratchpad/addition/guide";

/** Columns with a name of their own (ones to thousands); further ones are numbered. */
const PLACES = ["ones", "tens", "hundreds", "thousands"] as const;

type Problem = "digit" | "carry" | null;

/** What the boxes can hold: one digit, and a carry of 0 or 1 (two digits never carry more). */
function problemWith(digit: string, carry: string): Problem {
  if (!/^[0-9]$/.test(digit.trim())) return "digit";
  if (!/^[01]$/.test(carry.trim())) return "carry";
  return null;
}

/** Just the digit and the carry of the current column; the line is written into the textbox. */
export function GuidedColumnInput({ guide, onWrite }: { guide: ColumnGuide; onWrite: (line: string) => void }) {
  const [digit, setDigit] = useState("");
  const [carry, setCarry] = useState("");
  const [problem, setProblem] = useState<Problem>(null);
  const digitRef = useRef<HTMLInputElement>(null);
  const carryRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const t = useTranslations("practice.guided");
  const place = PLACES[guide.place - 1];

  function write() {
    const found = problemWith(digit, carry);
    setProblem(found);
    if (found === "digit") return digitRef.current?.focus();
    if (found === "carry") return carryRef.current?.focus();
    onWrite(composeColumnLine(guide, digit, carry));
  }

  // Enter here writes the line (this box's own action), never submits the Next line form.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    write();
  }

  return (
    <fieldset className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <legend className="px-1 text-slate-600">{place ? t("legendNamed", { place: t(`places.${place}`) }) : t("legendNumbered", { place: guide.place })}</legend>
      <GuidedBox label={t("digit")} value={digit} onChange={setDigit} onKeyDown={onKeyDown} inputRef={digitRef} wrong={problem === "digit"} errorId={errorId} />
      <GuidedBox label={t("carry")} value={carry} onChange={setCarry} onKeyDown={onKeyDown} inputRef={carryRef} wrong={problem === "carry"} errorId={errorId} />
      <button type="button" onClick={write} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
        {t("write")}
      </button>
      {problem && (
        <p id={errorId} role="alert" className="basis-full text-rose-700">
          {t(problem === "digit" ? "digitInvalid" : "carryInvalid")}
        </p>
      )}
    </fieldset>
  );
}

type BoxProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  wrong: boolean;
  errorId: string;
};

/** One small box of the guided input (the digit, or the carry). */
function GuidedBox({ label, value, onChange, onKeyDown, inputRef, wrong, errorId }: BoxProps) {
  return (
    <label className="flex flex-col">
      <span>{label}</span>
      <input
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        inputMode="numeric"
        maxLength={2}
        autoComplete="off"
        aria-invalid={wrong}
        aria-describedby={wrong ? errorId : undefined}
        className={`w-14 rounded-md border px-2 py-1 font-mono ${wrong ? "border-rose-500 ring-1 ring-rose-500" : "border-slate-300"}`}
      />
    </label>
  );
}
