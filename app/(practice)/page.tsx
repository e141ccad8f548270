import Link from "next/link";
import { AdditionStart } from "@/components/home/addition-start";
import { PolynomialStart } from "@/components/home/polynomial-start";
import { PythonStart } from "@/components/home/python-start";
import { currentViewer } from "@/lib/auth/viewer";
import { listStudentClasses } from "@/lib/db/classes";
import { listSessionsForUser } from "@/lib/db/practice-sessions";
import { listListedProblems, listProblemsBy } from "@/lib/db/problems";
import { KIND_NAMES } from "@/lib/practice/kinds";
import { LEVELS } from "@/lib/practice/start-problem";

export const dynamic = "force-dynamic";

const KINDS = ["addition", "polynomial", "python"] as const;
type Kind = (typeof KINDS)[number];

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const requested = (await searchParams).kind;
  const kind: Kind = KINDS.find((k) => k === requested) ?? "addition";
  const viewer = await currentViewer();
  const [classes, listed, own, recent] = await Promise.all([
    viewer?.signedIn && viewer.role === "student" ? listStudentClasses({ userId: viewer.id }) : Promise.resolve([]),
    listListedProblems({ kind }),
    viewer && kind === "python" ? listProblemsBy({ userId: viewer.id, kind, source: "custom" }) : Promise.resolve([]),
    viewer ? listSessionsForUser({ userId: viewer.id, take: 8 }) : Promise.resolve([]),
  ]);
  const demos = listed.map(({ id, input }) => ({ id, input }));
  const programs = (list: typeof listed) => list.map(({ id, title, difficulty }) => ({ id, title: title ?? "Untitled", difficulty }));

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Show your work, one line at a time</h1>
        <p className="max-w-3xl text-slate-700">
          Multi-step computation worked the way the paper <cite>Show Your Work: Scratchpads for Intermediate
          Computation with Language Models</cite> (Nye et al., 2021) has models work it: every intermediate
          step on its own line. Each line you write is checked against the reference scratchpad; when one
          is wrong you are told exactly which part and why, and hints go from a nudge to the full line.
        </p>
      </section>

      {classes.length > 0 && (
        <section aria-labelledby="classes-heading" className="space-y-3">
          <h2 id="classes-heading" className="text-xl font-semibold">
            Your assignments
          </h2>
          {classes.map((joined) => (
            <div key={joined.id} className="space-y-2">
              <h3 className="font-medium text-slate-700">{joined.name}</h3>
              {joined.assignments.length === 0 ? (
                <p className="text-sm text-slate-600">No assignments yet.</p>
              ) : (
                <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                  {joined.assignments.map((assignment) => {
                    const done = new Set(assignment.sessions.map((session) => session.problemId)).size;
                    return (
                      <li key={assignment.id} className="flex items-center justify-between gap-4 px-4 py-2">
                        <Link href={`/assignments/${assignment.id}`} className="font-medium text-indigo-700 underline">
                          {assignment.title}
                        </Link>
                        <span className="text-sm text-slate-600">
                          {done} of {assignment._count.problems} done
                          {assignment.dueAt ? ` · due ${assignment.dueAt.toISOString().slice(0, 10)}` : ""}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="start-heading" className="space-y-4">
        <h2 id="start-heading" className="text-xl font-semibold">
          Start practising
        </h2>
        <nav aria-label="Kind of problem" className="flex gap-2 border-b border-slate-200">
          {KINDS.map((k) => (
            <Link
              key={k}
              href={`/?kind=${k}`}
              aria-current={k === kind ? "page" : undefined}
              className={`-mb-px border-b-2 px-3 py-2 font-medium ${k === kind ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {KIND_NAMES[k]}
            </Link>
          ))}
        </nav>
        {kind === "addition" && <AdditionStart levels={LEVELS.addition} demos={demos} />}
        {kind === "polynomial" && <PolynomialStart levels={LEVELS.polynomial} demos={demos} />}
        {kind === "python" && <PythonStart programs={programs(listed)} own={programs(own)} />}
      </section>

      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-xl font-semibold">
            Your recent sessions
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {recent.map((session) => (
              <li key={session.id} className="flex items-center justify-between gap-4 px-4 py-2">
                <Link href={`/practice/${session.id}`} className="truncate font-mono text-indigo-700 underline">
                  {session.title ?? session.input}
                </Link>
                <span className="shrink-0 text-sm text-slate-600">
                  {KIND_NAMES[session.kind as Kind] ?? session.kind} · {session.status === "solved" ? "Solved" : "In progress"} ·{" "}
                  <time dateTime={session.startedAt}>{new Date(session.startedAt).toLocaleString("en")}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
