import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PracticeBoard } from "@/components/practice/practice-board";
import { currentViewer } from "@/lib/auth/viewer";
import { findOwnedSession } from "@/lib/db/practice-sessions";
import { modelContext, modeOptions } from "@/lib/model-work/context";
import { buildPracticeView } from "@/lib/practice/practice-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ params }: PageProps<"/practice/[sessionId]">) {
  const { sessionId } = await params;
  const viewer = await currentViewer();
  // Another person's session and a missing one look the same: nothing to see here.
  const session = viewer && /^[a-z0-9]{1,64}$/i.test(sessionId) ? await findOwnedSession({ sessionId, userId: viewer.id }) : null;
  const view = session ? buildPracticeView(session, await modelContext(session)) : null;
  if (!view) notFound();
  return <PracticeBoard view={view} modes={modeOptions(view.kind)} />;
}
