import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { SessionReplay } from "@/components/review/session-replay";
import { signedInViewer } from "@/lib/auth/viewer";
import { findReviewSession } from "@/lib/db/review";
import { KIND_NAMES } from "@/lib/practice/kinds";
import { MODE_INFO, isMode } from "@/lib/practice/modes";
import { buildReplay } from "@/lib/review/replay";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Session replay" };

export default async function SessionReviewPage({ params }: PageProps<"/teach/sessions/[sessionId]">) {
  const viewer = await signedInViewer();
  if (viewer?.role !== "instructor") redirect("/sign-in");
  const { sessionId } = await params;
  // Sessions of students outside this instructor's classes look exactly like missing ones.
  const session = /^[a-z0-9]{1,64}$/i.test(sessionId) ? await findReviewSession({ sessionId, instructorId: viewer.id }) : null;
  const replay = session ? buildReplay(session) : null;
  if (!session || !replay) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          {session.classId ? (
            <Link href={`/teach/classes/${session.classId}`} className="underline">
              Back to the class
            </Link>
          ) : (
            <Link href="/teach" className="underline">
              Your classes
            </Link>
          )}
        </p>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
          {KIND_NAMES[session.problem.kind] ?? session.problem.kind} · {isMode(session.mode) ? MODE_INFO[session.mode].label : session.mode}
          {session.modelId ? ` · ${session.modelId}` : ""}
        </p>
        <h1 className="font-mono text-2xl font-bold">{session.problem.kind === "python" ? (session.problem.title ?? "Python program") : session.problem.input}</h1>
        <p className="text-slate-700">
          {session.student.name}
          {session.assignment ? ` · ${session.assignment.title}` : ""} · started {session.startedAt.slice(0, 16).replace("T", " ")} UTC ·{" "}
          {session.status === "solved" ? "finished" : "in progress"}
        </p>
      </header>
      <SessionReplay replay={replay} />
    </div>
  );
}
