import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AdditionStart } from "@/components/home/addition-start";
import { PolynomialStart } from "@/components/home/polynomial-start";
import { PythonStart } from "@/components/home/python-start";
import { PracticeNextSection } from "@/components/learning/practice-next-section";
import { currentViewer } from "@/lib/auth/viewer";
import { listStudentClasses } from "@/lib/db/classes";
import { listSessionsForUser } from "@/lib/db/practice-sessions";
import { listListedProblems, listProblemsBy } from "@/lib/db/problems";
import { isKind, KINDS, type Kind } from "@/lib/practice/kinds";
import { LEVELS } from "@/lib/practice/start-problem";
import { problemTitle } from "@/lib/problems/python-bank-titles";
import { LocalDateTime } from "@/components/time/local-date-time";

export const dynamic = "force-dynamic";

/** The paper the app follows, cited by its own title in every language. */
const PAPER = "Show Your Work: Scratchpads for Intermediate Computation with Language Models";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const requested = (await searchParams).kind;
  const kind: Kind = KINDS.find((k) => k === requested) ?? "addition";
  const [viewer, t, kinds, format, next, locale] = await Promise.all([
    currentViewer(),
    getTranslations("home"),
    getTranslations("practice.kinds"),
    getFormatter(),
    getTranslations("progress.next"),
    getLocale(),
  ]);
  const [classes, listed, own, recent] = await Promise.all([
    viewer?.signedIn && viewer.role === "student" ? listStudentClasses({ userId: viewer.id }) : Promise.resolve([]),
    listListedProblems({ kind }),
    viewer && kind === "python" ? listProblemsBy({ userId: viewer.id, kind, source: "custom" }) : Promise.resolve([]),
    viewer ? listSessionsForUser({ userId: viewer.id, take: 8 }) : Promise.resolve([]),
  ]);
  const demos = listed.map(({ id, input }) => ({ id, input }));
  const programs = (list: typeof listed) => list.map((problem) => ({ id: problem.id, title: problemTitle(problem, locale) ?? t("python.untitled"), difficulty: problem.difficulty }));

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("hero.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t.rich("hero.intro", { paper: PAPER, cite: (chunks) => <cite>{chunks}</cite> })}</p>
      </section>

      <PracticeNextSection linkToProgress />

      {classes.length > 0 && (
        <section aria-labelledby="classes-heading" className="space-y-3">
          <h2 id="classes-heading" className="text-xl font-semibold">
            {t("classes.heading")}
          </h2>
          {classes.map((joined) => (
            <div key={joined.id} className="space-y-2">
              <h3 className="font-medium text-slate-700">{joined.name}</h3>
              {joined.assignments.length === 0 ? (
                <p className="text-sm text-slate-600">{t("classes.none")}</p>
              ) : (
                <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                  {joined.assignments.map((assignment) => {
                    const done = new Set(assignment.sessions.map((session) => session.problemId)).size;
                    const progress = t("classes.progress", { done, total: assignment._count.problems });
                    return (
                      <li key={assignment.id} className="flex items-center justify-between gap-4 px-4 py-2">
                        <Link href={`/assignments/${assignment.id}`} className="font-medium text-indigo-700 underline">
                          {assignment.title}
                        </Link>
                        <span className="text-sm text-slate-600">
                          {assignment.dueAt ? t.rich("classes.progressDue", { progress, date: () => <LocalDateTime iso={assignment.dueAt!.toISOString()} /> }) : progress}
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
          {t("start.heading")}
        </h2>
        <nav aria-label={t("start.kinds")} className="flex gap-2 border-b border-slate-200">
          {KINDS.map((k) => (
            <Link
              key={k}
              href={`/?kind=${k}`}
              aria-current={k === kind ? "page" : undefined}
              className={`-mb-px border-b-2 px-3 py-2 font-medium ${k === kind ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {kinds(k)}
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
            {t("recent.heading")}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {recent.map((session) => (
              <li key={session.id} className="flex items-center justify-between gap-4 px-4 py-2">
                <Link href={`/practice/${session.id}`} className="truncate font-mono text-indigo-700 underline">
                  {problemTitle(session, locale) ?? session.input}
                </Link>
                <span className="shrink-0 text-sm text-slate-600">
                  {isKind(session.kind) ? kinds(session.kind) : session.kind} · {session.status === "solved" ? t("recent.solved") : session.status === "watched" ? t("recent.watched") : t("recent.inProgress")} ·{" "}
                  <time dateTime={session.startedAt}>{format.dateTime(new Date(session.startedAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
