import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { field } from "@/components/home/styles";
import { ClassMasteryTable } from "@/components/learning/class-mastery-table";
import { AnalyticsPanel } from "@/components/review/analytics-panel";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { DATE, DATE_TIME } from "@/components/teach/date-formats";
import { modeName } from "@/components/teach/names";
import { SessionFilters } from "@/components/teach/session-filters";
import { TeachForm } from "@/components/teach/teach-form";
import { signedInViewer } from "@/lib/auth/viewer";
import { findTaughtClass } from "@/lib/db/classes";
import { listListedProblems, listProblemsBy } from "@/lib/db/problems";
import { listClassSessions } from "@/lib/db/review";
import { problemTitle } from "@/lib/problems/python-bank-titles";
import { classMastery } from "@/lib/progress/class-mastery";
import { classAnalytics } from "@/lib/review/analytics";
import { LocalDateTime } from "@/components/time/local-date-time";
import { resetStudentPassword } from "../../../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach"))("meta.class") };
}

const id = z.string().regex(/^[a-z0-9]{1,64}$/i);
/** The session filters, from the query string; anything malformed is ignored, not trusted. */
const filterSchema = z.object({
  student: id.optional().catch(undefined),
  kind: z.enum(["addition", "polynomial", "python"]).optional().catch(undefined),
  assignment: id.optional().catch(undefined),
  status: z.enum(["active", "solved", "watched"]).optional().catch(undefined),
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
  const masteryTexts = await getTranslations("progress.classMastery");
  const [all, filtered, bank, own, t, format, locale] = await Promise.all([
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
    getTranslations("teach"),
    getFormatter(),
    getLocale(),
  ]);
  const startedText = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.dateTime(date, DATE_TIME);
  };
  const exportQuery = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/teach" className="underline">
            {t("class.back")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{taught.name}</h1>
        <p>
          {t.rich("class.joinAt", {
            code: taught.code,
            path: (chunks) => <span className="font-mono">{chunks}</span>,
            strong: (chunks) => (
              <strong className="rounded bg-slate-100 px-2 py-0.5 font-mono text-lg" aria-label={t("class.codeLabel", { spelled: taught.code.split("").join(" ") })}>
                {chunks}
              </strong>
            ),
          })}
        </p>
      </header>

      <section aria-labelledby="roster" className="space-y-3">
        <h2 id="roster" className="text-xl font-semibold">
          {t("class.roster")}
        </h2>
        {taught.members.length === 0 ? (
          <p className="text-slate-600">{t("class.nobody")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th className="py-1">{t("class.student")}</th>
                <th>{t("class.joined")}</th>
                <th>{t("class.resetPassword")}</th>
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
                  <td className="py-2">{format.dateTime(joinedAt, DATE)}</td>
                  <td className="py-2">
                    <TeachForm
                      action={resetStudentPassword}
                      label={t("class.resetForm", { name: user.name ?? "" })}
                      submit={t("class.setPassword")}
                      className="flex flex-wrap items-center gap-2"
                    >
                      <input type="hidden" name="classId" value={taught.id} />
                      <input type="hidden" name="studentId" value={user.id} />
                      <input name="password" type="password" autoComplete="new-password" aria-label={t("class.newPassword", { name: user.name ?? "" })} minLength={8} required className="rounded border border-slate-300 px-2 py-1" />
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
          {t("class.assignments")}
        </h2>
        {taught.assignments.length > 0 && (
          <ul className="space-y-1">
            {taught.assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/teach/classes/${taught.id}?assignment=${assignment.id}`} className="font-medium text-indigo-700 underline">
                  {assignment.title}
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  {[t("counts.problems", { count: assignment._count.problems }), modeName(t, assignment.mode)].join(" · ")}
                  {assignment.dueAt && (
                    <>
                      {" · "}
                      {t.rich("class.due", { date: () => <LocalDateTime iso={assignment.dueAt!.toISOString()} /> })}
                    </>
                  )}
                  {` · ${t("counts.sessions", { count: assignment._count.sessions })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">{t("class.newAssignment")}</summary>
          <div className="mt-3">
            <AssignmentForm
              classId={taught.id}
              programs={[
                ...own.map((problem) => ({ id: problem.id, title: t("class.ownProgram", { title: problemTitle(problem, locale) ?? t("untitled") }), difficulty: problem.difficulty })),
                ...bank.map((problem) => ({ id: problem.id, title: problemTitle(problem, locale) ?? t("untitled"), difficulty: problem.difficulty })),
              ]}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          {t("class.sessions")}
        </h2>
        <SessionFilters
          values={filters}
          students={taught.members.map(({ user }) => ({ value: user.id, label: user.name ?? "?" }))}
          assignments={taught.assignments.map((assignment) => ({ value: assignment.id, label: assignment.title }))}
        />
        <p className="text-sm">
          {t("class.exportLabel")}{" "}
          {(["csv", "datashop", "jsonl"] as const).map((file, i) => (
            <span key={file}>
              {i > 0 && " · "}
              <a href={`/teach/classes/${taught.id}/export?${new URLSearchParams([...exportQuery, ["format", file]])}`} className="text-indigo-700 underline">
                {t(`class.exports.${file}`)}
              </a>
            </span>
          ))}
        </p>
        {filtered.length === 0 ? (
          <p className="text-slate-600">{t("class.noSessions")}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label={t("class.sessions")}>
            <thead>
              <tr className="border-b border-slate-200">
                <th className="py-1">{t("class.columns.student")}</th>
                <th>{t("class.columns.problem")}</th>
                <th>{t("class.columns.mode")}</th>
                <th>{t("class.columns.assignment")}</th>
                <th>{t("class.columns.status")}</th>
                <th>{t("class.columns.started")}</th>
                <th>{t("class.columns.lines")}</th>
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
                        {session.problem.kind === "python" ? (problemTitle(session.problem, locale) ?? t("pythonProgram")) : session.problem.input}
                      </Link>
                    </td>
                    <td>{modeName(t, session.mode)}</td>
                    <td>{session.assignment?.title ?? "—"}</td>
                    <td>{t(session.status === "solved" ? "status.solved" : session.status === "watched" ? "status.watched" : "status.active")}</td>
                    <td>{startedText(session.startedAt)}</td>
                    <td>{t("class.linesRight", { right: lines.filter((event) => event.ok).length, total: lines.length })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="analytics" className="space-y-3">
        <h2 id="analytics" className="text-xl font-semibold">
          {t("class.analytics")}
        </h2>
        <p className="text-sm text-slate-600">
          {filtered.length === all.length ? t("class.allSessions") : t("class.someSessions", { count: filtered.length, all: all.length })}
        </p>
        <AnalyticsPanel analytics={classAnalytics(filtered, locale)} />
      </section>

      <section aria-labelledby="mastery" className="space-y-3">
        <h2 id="mastery" className="text-xl font-semibold">
          {masteryTexts("heading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">{masteryTexts("intro")}</p>
        <ClassMasteryTable mastery={classMastery(filtered)} />
      </section>
    </div>
  );
}
