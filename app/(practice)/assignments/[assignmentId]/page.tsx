import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartAssignmentProblem } from "@/components/home/start-assignment-problem";
import { currentViewer } from "@/lib/auth/viewer";
import { findAssignmentForMember } from "@/lib/db/assignments";
import { KIND_NAMES } from "@/lib/practice/kinds";
import { MODE_INFO, isMode } from "@/lib/practice/modes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({ params }: PageProps<"/assignments/[assignmentId]">) {
  const { assignmentId } = await params;
  const viewer = await currentViewer();
  const assignment =
    viewer?.signedIn && /^[a-z0-9]{1,64}$/i.test(assignmentId) ? await findAssignmentForMember({ assignmentId, userId: viewer.id }) : null;
  if (!assignment) notFound();
  const solved = new Set(assignment.sessions.filter((session) => session.status === "solved").map((session) => session.problemId));
  const done = assignment.problems.filter(({ problem }) => solved.has(problem.id)).length;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">{assignment.class.name}</p>
        <h1 className="text-3xl font-bold">{assignment.title}</h1>
        <p className="text-slate-700">
          {isMode(assignment.mode) ? MODE_INFO[assignment.mode].label : assignment.mode}
          {assignment.dueAt ? ` · due ${assignment.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""}
        </p>
        <p role="status" aria-label="Assignment progress" className="font-medium">
          {done} of {assignment.problems.length} done
        </p>
      </header>
      <ol className="space-y-2" aria-label="Problems">
        {assignment.problems.map(({ position, problem }) => {
          const latest = assignment.sessions.find((session) => session.problemId === problem.id);
          const label = problem.kind === "python" ? (problem.title ?? "Python program") : problem.input;
          return (
            <li key={position} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3">
              <span className="text-xs uppercase text-slate-500">{KIND_NAMES[problem.kind] ?? problem.kind}</span>
              <span className="font-mono">{label}</span>
              {solved.has(problem.id) && <span className="rounded bg-emerald-100 px-2 py-0.5 text-sm text-emerald-800">Done</span>}
              <span className="ml-auto flex gap-2">
                {latest && (
                  <Link href={`/practice/${latest.id}`} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
                    {latest.status === "solved" ? "Review" : "Continue"}
                  </Link>
                )}
                <StartAssignmentProblem assignmentId={assignment.id} position={position} label={latest ? "Start again" : "Start"} name={label} />
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
