/**
 * Mastery per student and skill across a class's sessions, for the instructor's analytics:
 * the same BKT over the same first tries that each student sees on their progress page.
 * Pure, like lib/review/analytics.ts.
 */
import { masteryOf, SKILLS_BY_KIND, traceMastery, type LearningEvent, type SkillId, type SkillMastery } from "../learning";
import type { ReviewSession } from "../review/types";
import type { TaskKind } from "../scratchpad/types";

export type StudentMastery = { id: string; name: string; skills: Record<SkillId, SkillMastery> };

export type ClassMastery = {
  /** Kinds someone in the class has practised, with their skills easiest first. */
  kinds: Array<{ kind: TaskKind; skills: readonly SkillId[] }>;
  students: StudentMastery[];
};

export function classMastery(sessions: readonly ReviewSession[]): ClassMastery {
  const byStudent = new Map<string, { name: string; events: LearningEvent[] }>();
  const practised = new Set<string>();
  for (const session of sessions) {
    practised.add(session.problem.kind);
    let entry = byStudent.get(session.student.id);
    if (!entry) byStudent.set(session.student.id, (entry = { name: session.student.name, events: [] }));
    for (const event of session.events) {
      entry.events.push({
        sessionId: session.id,
        kind: session.problem.kind,
        lineIndex: event.lineIndex,
        type: event.type,
        actor: event.actor,
        ok: event.ok,
        skills: event.skills ?? [],
        createdAt: new Date(event.createdAt),
      });
    }
  }
  const kinds = (Object.keys(SKILLS_BY_KIND) as TaskKind[]).filter((kind) => practised.has(kind)).map((kind) => ({ kind, skills: SKILLS_BY_KIND[kind] }));
  const students = [...byStudent].map(([id, { name, events }]) => {
    events.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
    const mastery = traceMastery(events);
    const skills = Object.fromEntries(kinds.flatMap(({ skills: list }) => list.map((skill) => [skill, masteryOf(mastery, skill)]))) as Record<SkillId, SkillMastery>;
    return { id, name, skills };
  });
  students.sort((x, y) => x.name.localeCompare(y.name));
  return { kinds, students };
}
