import { getTranslations } from "next-intl/server";
import { MASTERY_THRESHOLD, type SkillMastery } from "@/lib/learning";
import { PracticeNextForm } from "./practice-next-form";
import { SkillRow } from "./skill-row";

/**
 * The skills this problem exercises with the student's mastery of each; when the problem
 * came from "Practice next", the ones it was chosen for and the goal. Once solved, the way on.
 */
export async function ProblemSkillsPanel({ skills, focus, solved }: { skills: SkillMastery[]; focus: string[]; solved: boolean }) {
  const [t, names] = await Promise.all([getTranslations("progress"), getTranslations("skills")]);
  if (skills.length === 0) return null;
  const focused = focus.length > 0;
  const shown = focused ? skills.filter((skill) => focus.includes(skill.skill)) : skills;
  return (
    <section aria-labelledby="problem-skills" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="problem-skills" className="text-lg font-semibold">
        {focused ? t("focus.heading") : t("focus.skillsHere")}
      </h2>
      <ul className="space-y-2">
        {shown.map((skill) => {
          const name = names(`names.${skill.skill}` as Parameters<typeof names>[0]);
          return (
            <SkillRow key={skill.skill} name={name} label={t("skills.meter", { skill: name })} value={skill.pKnown} mastered={skill.mastered}>
              {skill.mastered ? t("skills.mastered") : t("focus.now", { percent: Math.round(skill.pKnown * 100) })}
            </SkillRow>
          );
        })}
      </ul>
      {focused && <p className="text-sm text-slate-600">{t("focus.goal", { threshold: Math.round(MASTERY_THRESHOLD * 100) })}</p>}
      {solved && (
        <div className="space-y-2 border-t border-slate-200 pt-3">
          <p className="text-sm text-slate-700">{t("next.intro")}</p>
          <PracticeNextForm />
        </div>
      )}
    </section>
  );
}
