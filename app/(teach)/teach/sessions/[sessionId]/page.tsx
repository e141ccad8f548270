import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SessionReplay } from "@/components/review/session-replay";
import { kindName, modeName } from "@/components/teach/names";
import { DATE_TIME } from "@/components/teach/date-formats";
import { signedInViewer } from "@/lib/auth/viewer";
import { findReviewSession } from "@/lib/db/review";
import { problemTitle } from "@/lib/problems/python-bank-titles";
import { buildReplay } from "@/lib/review/replay";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach"))("meta.session") };
}

export default async function SessionReviewPage({ params }: PageProps<"/teach/sessions/[sessionId]">) {
  const viewer = await signedInViewer();
  if (viewer?.role !== "instructor") redirect("/sign-in");
  const { sessionId } = await params;
  // Sessions of students outside this instructor's classes look exactly like missing ones.
  const session = /^[a-z0-9]{1,64}$/i.test(sessionId) ? await findReviewSession({ sessionId, instructorId: viewer.id }) : null;
  const [locale, t, format] = await Promise.all([getLocale(), getTranslations("teach"), getFormatter()]);
  // Verdicts and hints are worded again in the instructor's language (lib/review/rejudge.ts).
  const replay = session ? buildReplay(session, locale) : null;
  if (!session || !replay) notFound();
  const started = new Date(session.startedAt);
  const details = [
    session.student.name,
    session.assignment?.title,
    Number.isNaN(started.getTime()) ? null : t("session.started", { date: format.dateTime(started, DATE_TIME) }),
    session.status === "solved" ? t("session.finished") : t("session.inProgress"),
  ].filter(Boolean);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          {session.classId ? (
            <Link href={`/teach/classes/${session.classId}`} className="underline">
              {t("session.backToClass")}
            </Link>
          ) : (
            <Link href="/teach" className="underline">
              {t("session.backToClasses")}
            </Link>
          )}
        </p>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
          {[kindName(t, session.problem.kind), modeName(t, session.mode), session.modelId].filter(Boolean).join(" · ")}
        </p>
        <h1 className="font-mono text-2xl font-bold">{session.problem.kind === "python" ? (problemTitle(session.problem, locale) ?? t("pythonProgram")) : session.problem.input}</h1>
        <p className="text-slate-700">{details.join(" · ")}</p>
      </header>
      <SessionReplay replay={replay} />
    </div>
  );
}
