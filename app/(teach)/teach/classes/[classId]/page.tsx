import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { field } from "@/components/home/styles";
import { AnalyticsPanel } from "@/components/review/analytics-panel";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { SessionFilters } from "@/components/teach/session-filters";
import { TeachForm } from "@/components/teach/teach-form";
import { signedInViewer } from "@/lib/auth/viewer";
import { findTaughtClass } from "@/lib/db/classes";
import { listListedProblems, listProblemsBy } from "@/lib/db/problems";
import { listClassSessions } from "@/lib/db/review";
import { count } from "@/lib/practice/count";
import { MODE_INFO, isMode } from "@/lib/practice/modes";
import { classAnalytics } from "@/lib/review/analytics";
import { resetStudentPassword } from "../../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Class" };

const id = z.string().regex(/^[a-z0-9]{1,64}$/i);
/** The session filters, from the query string; anything malformed is ignored, not trusted. */
const filterSchema = z.object({
  student: id.optional().catch(undefined),
  kind: z.enum(["addition", "polynomial", "python"]).optional().catch(undefined),
  assignment: id.optional().catch(undefined),
  status: z.enum(["active", "solved"]).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

export default async function ClassPage({ params, searchParams }: PageProps<"/teach/classes/[classId]">) {
  const viewer = await signedInViewer();
  if (viewer?.role !== "instructor") redirect("/sign-in");
  const { classId } = await params;
  const taught = id.safeParse(classId).success ? await findTaughtClass({ classId, instructorId: viewer.id }) : null;
  if (!taught) notFound();

  const query = await searchParams;
  const filters = filterSchema.parse(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [all, filtered, bank, own] = await Promise.all([
    listClassSessions({ classId, instructorId: viewer.id }),
    listClassSessions({
      classId,
      instructorId: viewer.id,
      filters: {
        studentId: filters.student,
        kind: filters.kind,
        assignmentId: filters.assignment,
        status: filters.status,
        from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
        to: filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : undefined,
      },
    }),
    listListedProblems({ kind: "python" }),
    listProblemsBy({ userId: viewer.id, kind: "python", source: "custom" }),
  ]);
  const exportQuery = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/teach" className="underline">
            Your classes
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{taught.name}</h1>
        <p>
          Students join at <span className="font-mono">/join</span> with the class code{" "}
          <strong className="rounded bg-slate-100 px-2 py-0.5 font-mono text-lg" aria-label={`Class code ${taught.code.split("").join(" ")}`}>
            {taught.code}
          </strong>
        </p>
      </header>

      <section aria-labelledby="roster" className="space-y-3">
        <h2 id="roster" className="text-xl font-semibold">
          Roster
        </h2>
        {taught.members.length === 0 ? (
          <p className="text-slate-600">Nobody has joined yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th className="py-1">Student</th>
                <th>Joined</th>
                <th>Reset password</th>
              </tr>
            </thead>
            <tbody>
              {taught.members.map(({ user, joinedAt }) => (
                <tr key={user.id} className="border-b border-slate-100 align-top">
                  <td className="py-2">
                    <Link href={`/teach/classes/${taught.id}?student=${user.id}`} className="text-indigo-700 underline">
                      {user.name}
                    </Link>
                  </td>
                  <td className="py-2">{joinedAt.toISOString().slice(0, 10)}</td>
                  <td className="py-2">
                    <TeachForm action={resetStudentPassword} label={`Reset ${user.name}'s password`} submit="Set password" className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="classId" value={taught.id} />
                      <input type="hidden" name="studentId" value={user.id} />
                      <input name="password" type="password" autoComplete="new-password" aria-label={`New password for ${user.name}`} minLength={8} required className="rounded border border-slate-300 px-2 py-1" />
                    </TeachForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="assignments" className="space-y-3">
        <h2 id="assignments" className="text-xl font-semibold">
          Assignments
        </h2>
        {taught.assignments.length > 0 && (
          <ul className="space-y-1">
            {taught.assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/teach/classes/${taught.id}?assignment=${assignment.id}`} className="font-medium text-indigo-700 underline">
                  {assignment.title}
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  {count(assignment._count.problems, "problem")} · {isMode(assignment.mode) ? MODE_INFO[assignment.mode].label : assignment.mode}
                  {assignment.dueAt ? ` · due ${assignment.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""} · {count(assignment._count.sessions, "session")}
                </span>
              </li>
            ))}
          </ul>
        )}
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">New assignment</summary>
          <div className="mt-3">
            <AssignmentForm
              classId={taught.id}
              programs={[
                ...own.map((problem) => ({ id: problem.id, title: `${problem.title ?? "Untitled"} (yours)`, difficulty: problem.difficulty })),
                ...bank.map((problem) => ({ id: problem.id, title: problem.title ?? "Untitled", difficulty: problem.difficulty })),
              ]}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          Sessions
        </h2>
        <SessionFilters
          values={filters}
          students={taught.members.map(({ user }) => ({ value: user.id, label: user.name ?? "?" }))}
          assignments={taught.assignments.map((assignment) => ({ value: assignment.id, label: assignment.title }))}
        />
        <p className="text-sm">
          Export these sessions:{" "}
          {(
            [
              ["csv", "CSV"],
              ["datashop", "DataShop transactions"],
              ["jsonl", "JSONL for research"],
            ] as const
          ).map(([format, label], i) => (
            <span key={format}>
              {i > 0 && " · "}
              <a href={`/teach/classes/${taught.id}/export?${new URLSearchParams([...exportQuery, ["format", format]])}`} className="text-indigo-700 underline">
                {label}
              </a>
            </span>
          ))}
        </p>
        {filtered.length === 0 ? (
          <p className="text-slate-600">No sessions match.</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Sessions">
            <thead>
              <tr className="border-b border-slate-200">
                <th className="py-1">Student</th>
                <th>Problem</th>
                <th>Mode</th>
                <th>Assignment</th>
                <th>Status</th>
                <th>Started</th>
                <th>Lines</th>
              </tr>
            </thead>
            <tbody>
              {filtered.map((session) => {
                const lines = session.events.filter((event) => event.type === "line" && event.actor === "student");
                return (
                  <tr key={session.id} className="border-b border-slate-100">
                    <td className="py-1">{session.student.name}</td>
                    <td>
                      <Link href={`/teach/sessions/${session.id}`} className="font-mono text-indigo-700 underline">
                        {session.problem.kind === "python" ? (session.problem.title ?? "Python program") : session.problem.input}
                      </Link>
                    </td>
                    <td>{isMode(session.mode) ? MODE_INFO[session.mode].label : session.mode}</td>
                    <td>{session.assignment?.title ?? "—"}</td>
                    <td>{session.status === "solved" ? "Finished" : "In progress"}</td>
                    <td>{session.startedAt.slice(0, 16).replace("T", " ")}</td>
                    <td>
                      {lines.filter((event) => event.ok).length}/{lines.length}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="analytics" className="space-y-3">
        <h2 id="analytics" className="text-xl font-semibold">
          Analytics
        </h2>
        <p className="text-sm text-slate-600">
          {filtered.length === all.length ? "All of the class's sessions." : `The ${filtered.length} sessions matching the filter above (of ${all.length}).`}
        </p>
        <AnalyticsPanel analytics={classAnalytics(filtered)} />
      </section>
    </div>
  );
}
