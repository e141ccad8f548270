"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
// The module itself, not the domain's index: this runs in the browser, which needs only this.
import { composeColumnLine, type ColumnGuide } from "@/lib/scratchpad/addition/guide";

/** Columns with a name of their own (ones to thousands); further ones are numbered. */
const PLACES = ["ones", "tens", "hundreds", "thousands"] as const;

/** Just the digit and the carry of the current column; the line is written into the textbox. */
export function GuidedColumnInput({ guide, onWrite }: { guide: ColumnGuide; onWrite: (line: string) => void }) {
  const [digit, setDigit] = useState("");
  const [carry, setCarry] = useState("");
  const t = useTranslations("practice.guided");
  const place = PLACES[guide.place - 1];
  return (
    <fieldset className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <legend className="px-1 text-slate-600">{place ? t("legendNamed", { place: t(`places.${place}`) }) : t("legendNumbered", { place: guide.place })}</legend>
      <label className="flex flex-col">
        <span>{t("digit")}</span>
        <input value={digit} onChange={(e) => setDigit(e.target.value)} inputMode="numeric" maxLength={2} autoComplete="off" className="w-14 rounded-md border border-slate-300 px-2 py-1 font-mono" />
      </label>
      <label className="flex flex-col">
        <span>{t("carry")}</span>
        <input value={carry} onChange={(e) => setCarry(e.target.value)} inputMode="numeric" maxLength={2} autoComplete="off" className="w-14 rounded-md border border-slate-300 px-2 py-1 font-mono" />
      </label>
      <button
        type="button"
        onClick={() => onWrite(composeColumnLine(guide, digit, carry))}
        className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
      >
        {t("write")}
      </button>
    </fieldset>
  );
}
