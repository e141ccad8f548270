"use client";

import { useTranslations } from "next-intl";
import { StartError } from "./start-error";
import { useStart } from "./use-start";

/** Starts one problem of an assignment (the server checks the assignment is the student's). */
export function StartAssignmentProblem({ assignmentId, position, label, name }: { assignmentId: string; position: number; label: string; name: string }) {
  const [state, action, pending] = useStart();
  const t = useTranslations("home.assignment");
  return (
    <form action={action}>
      <input type="hidden" name="source" value="assignment" />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="position" value={position} />
      <button type="submit" disabled={pending} aria-label={t("startLabel", { label, name })} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {label}
      </button>
      <StartError state={state} />
    </form>
  );
}
