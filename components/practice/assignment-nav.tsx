import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StartAssignmentProblem } from "@/components/home/start-assignment-problem";
import type { AssignmentLink } from "@/lib/db/practice-sessions";

/**
 * Where this problem sits in its assignment: back to the list, and once the work here is
 * over, the next problem. A mode the assignment fixes is said here instead of offering others.
 */
export async function AssignmentNav({ assignment, done, modeLabel }: { assignment: AssignmentLink; done: boolean; modeLabel: string }) {
  const t = await getTranslations("practice.assignment");
  return (
    <nav aria-label={t("label")} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <p className="text-sm text-slate-700">
        {assignment.otherModes ? t("partOf", { title: assignment.title }) : t("partOfLocked", { title: assignment.title, mode: modeLabel })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {done && assignment.nextPosition !== null && (
          <StartAssignmentProblem assignmentId={assignment.id} position={assignment.nextPosition} label={t("next")} name={assignment.title} />
        )}
        {done && assignment.nextPosition === null && <p className="font-medium text-emerald-800">{t("last")}</p>}
        <Link href={`/assignments/${assignment.id}`} className="text-indigo-700 underline">
          {t("back")}
        </Link>
      </div>
    </nav>
  );
}
