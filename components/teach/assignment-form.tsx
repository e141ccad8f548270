"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createAssignmentAction } from "@/app/(teach)/actions";
import { field } from "@/components/home/styles";
import { MODES } from "@/lib/practice/modes";
import { TeachForm } from "./teach-form";

type Props = { classId: string; programs: Array<{ id: string; title: string; difficulty: number }> };

/**
 * A new assignment: problems by level, written out, or chosen Python programs — the
 * instructor's own (added at /problems/new, traced there) and the bank's.
 */
export function AssignmentForm({ classId, programs }: Props) {
  const t = useTranslations("teach");
  const [source, setSource] = useState<"level" | "written" | "chosen">("level");
  // The due time as an instant: the browser reads the picker's value in the instructor's zone.
  const [dueAt, setDueAt] = useState("");
  return (
    <TeachForm action={createAssignmentAction} label={t("assignmentForm.label")} submit={t("assignmentForm.submit")} onDone={() => {
        setSource("level");
        setDueAt("");
      }}>
      <input type="hidden" name="classId" value={classId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block sm:col-span-3">
          <span className="text-sm text-slate-700">{t("assignmentForm.title")}</span>
          <input name="title" required maxLength={120} className={field} />
        </label>
        <label className="block">
          <span className="text-sm text-slate-700">{t("assignmentForm.mode")}</span>
          <select name="mode" defaultValue="alone" className={field}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`modes.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="text-sm text-slate-700">{t("assignmentForm.due")}</span>
          <input
            name="dueLocal"
            type="datetime-local"
            onChange={(event) => {
              const local = new Date(event.target.value);
              setDueAt(Number.isNaN(local.getTime()) ? "" : local.toISOString());
            }}
            className={field}
          />
        </label>
        <input type="hidden" name="dueAt" value={dueAt} />
        <label className="flex items-center gap-2 self-end pb-2 text-sm sm:col-span-3">
          <input type="checkbox" name="otherModes" value="on" />
          {t("assignmentForm.otherModes")}
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("assignmentForm.problems")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["level", "written", "chosen"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              {/* The checked radio is the form's own state (a reset puts "level" back, and onDone follows). */}
              <input type="radio" name="source" value={value} defaultChecked={value === "level"} onChange={() => setSource(value)} />
              {t(`assignmentForm.sources.${value}`)}
            </label>
          ))}
        </div>
        {source !== "chosen" && (
          <label className="block max-w-xs">
            <span className="text-sm text-slate-700">{t("assignmentForm.kind")}</span>
            <select name="kind" defaultValue="addition" className={field}>
              <option value="addition">{t("kinds.addition")}</option>
              <option value="polynomial">{t("kinds.polynomial")}</option>
            </select>
          </label>
        )}
        {source === "level" && (
          <div className="flex gap-3">
            <label className="block">
              <span className="text-sm text-slate-700">{t("assignmentForm.level")}</span>
              <input name="level" type="number" min={1} max={12} defaultValue={3} className={field} />
            </label>
            <label className="block">
              <span className="text-sm text-slate-700">{t("assignmentForm.count")}</span>
              <input name="count" type="number" min={1} max={30} defaultValue={5} className={field} />
            </label>
          </div>
        )}
        {source === "written" && (
          <label className="block">
            <span className="text-sm text-slate-700">{t("assignmentForm.written")}</span>
            <textarea name="written" rows={5} className={`${field} font-mono`} />
          </label>
        )}
        {source === "chosen" && (
          <ul className="max-h-64 space-y-1 overflow-y-auto rounded border border-slate-200 p-2" aria-label={t("assignmentForm.programs")}>
            <li className="text-sm text-slate-600">
              {t.rich("assignmentForm.writeOwn", {
                link: (chunks) => (
                  <a href="/problems/new" className="text-indigo-700 underline">
                    {chunks}
                  </a>
                ),
              })}
            </li>
            {programs.map((program) => (
              <li key={program.id}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="problemIds" value={program.id} />
                  {program.title} <span className="text-xs text-slate-500">{t("assignmentForm.difficulty", { level: program.difficulty })}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </TeachForm>
  );
}
