import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StartAssignmentProblem } from "@/components/home/start-assignment-problem";
import { LocalDateTime } from "@/components/time/local-date-time";
import { currentViewer } from "@/lib/auth/viewer";
import { findAssignmentForMember } from "@/lib/db/assignments";
import { isKind } from "@/lib/practice/kinds";
import { isMode } from "@/lib/practice/modes";
import { problemTitle } from "@/lib/problems/python-bank-titles";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.assignment");
  return { title: t("title") };
}

export default async function AssignmentPage({ params }: PageProps<"/assignments/[assignmentId]">) {
  const { assignmentId } = await params;
  const [viewer, t, practice, locale] = await Promise.all([
    currentViewer(),
    getTranslations("home.assignment"),
    getTranslations("practice"),
    getLocale(),
  ]);
  const assignment =
    viewer?.signedIn && /^[a-z0-9]{1,64}$/i.test(assignmentId) ? await findAssignmentForMember({ assignmentId, userId: viewer.id }) : null;
  if (!assignment) notFound();
  // Work in the assignment's own mode: solved, or (watch, compare) watched to the end. A spot
  // answer is done either way, with its score.
  const finished = assignment.sessions.filter((session) => session.status === "solved" || session.status === "watched");
  const outcome = (problemId: string): "done" | "spotted" | "missed" | null => {
    const session = finished.find((item) => item.problemId === problemId);
    if (!session) return null;
    const spot = session.events[0];
    return spot ? (spot.ok ? "spotted" : "missed") : "done";
  };
  const done = assignment.problems.filter(({ problem }) => outcome(problem.id) !== null).length;
  const mode = isMode(assignment.mode) ? practice(`modes.${assignment.mode}.label`) : assignment.mode;
  const dueAt = assignment.dueAt?.toISOString() ?? null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">{assignment.class.name}</p>
        <h1 className="text-3xl font-bold">{assignment.title}</h1>
        <p className="text-slate-700">{dueAt ? t.rich("modeDue", { mode, date: () => <LocalDateTime iso={dueAt} /> }) : mode}</p>
        <p role="status" aria-label={t("progressLabel")} className="font-medium">
          {t("progress", { done, total: assignment.problems.length })}
        </p>
      </header>
      <ol className="space-y-2" aria-label={t("problems")}>
        {assignment.problems.map(({ position, problem }) => {
          const latest = assignment.sessions.find((session) => session.problemId === problem.id);
          const result = outcome(problem.id);
          const label = problem.kind === "python" ? (problemTitle(problem, locale) ?? t("pythonProgram")) : problem.input;
          return (
            <li key={position} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3">
              <span className="text-xs uppercase text-slate-500">{isKind(problem.kind) ? practice(`kinds.${problem.kind}`) : problem.kind}</span>
              <span className="font-mono">{label}</span>
              {result && (
                <span className={`rounded px-2 py-0.5 text-sm ${result === "missed" ? "bg-amber-100 text-amber-900" : "bg-emerald-100 text-emerald-800"}`}>{t(result)}</span>
              )}
              <span className="ml-auto flex gap-2">
                {latest && (
                  <Link href={`/practice/${latest.id}`} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
                    {latest.status === "active" ? t("continue") : t("review")}
                  </Link>
                )}
                <StartAssignmentProblem assignmentId={assignment.id} position={position} label={latest ? t("startAgain") : t("start")} name={label} />
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
