import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProblemSkillsPanel } from "@/components/learning/problem-skills-panel";
import { PracticeBoard } from "@/components/practice/practice-board";
import { currentViewer } from "@/lib/auth/viewer";
import { findOwnedSession } from "@/lib/db/practice-sessions";
import { masteryOf } from "@/lib/learning";
import { modelContext, modeOptions } from "@/lib/model-work/context";
import { buildPracticeView } from "@/lib/practice/practice-view";
import { loadLearner } from "@/lib/progress/learner";
import { focusSkills, problemSkills } from "@/lib/progress/problem-skills";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practice.page");
  return { title: t("title") };
}

export default async function PracticePage({ params, searchParams }: PageProps<"/practice/[sessionId]">) {
  const { sessionId } = await params;
  const [viewer, locale] = await Promise.all([currentViewer(), getLocale()]);
  // Another person's session and a missing one look the same: nothing to see here.
  const session = viewer && /^[a-z0-9]{1,64}$/i.test(sessionId) ? await findOwnedSession({ sessionId, userId: viewer.id }) : null;
  // Verdicts and hints are shown in the viewer's language, whatever language they were stored in.
  const view = session ? buildPracticeView(session, await modelContext(session, locale), locale) : null;
  if (!view || !session || !viewer) notFound();

  // The skills panel is for work the student writes: in the model modes the model does.
  const studentWrites = session.mode === "alone" || session.mode === "turns";
  const exercised = studentWrites ? problemSkills(session.problem) : [];
  const learner = exercised.length > 0 ? await loadLearner({ userId: viewer.id }) : null;
  const skills = learner ? exercised.map((skill) => masteryOf(learner.mastery, skill)) : [];
  const focus = focusSkills((await searchParams).focus, exercised);

  return (
    <div className="space-y-6">
      <PracticeBoard view={view} modes={modeOptions(view.kind)} assignment={session.assignment} />
      <ProblemSkillsPanel skills={skills} focus={focus} solved={view.solvedAt !== null} />
    </div>
  );
}
