import { getTranslations } from "next-intl/server";
import type { SkillMastery } from "@/lib/learning";
import { SkillRow } from "./skill-row";

/** A kind's skills, easiest first, each with its mastery meter and how often it was tried. */
export async function SkillList({ skills }: { skills: SkillMastery[] }) {
  const [t, names] = await Promise.all([getTranslations("progress.skills"), getTranslations("skills")]);
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white [&>li]:px-4 [&>li]:py-2">
      {skills.map((skill) => {
        // Skill ids come from the catalog (lib/scratchpad/skills.ts), whose names skills.json holds.
        const name = names(`names.${skill.skill}` as Parameters<typeof names>[0]);
        return (
          <SkillRow key={skill.skill} name={name} label={t("meter", { skill: name })} value={skill.pKnown} mastered={skill.mastered}>
            {Math.round(skill.pKnown * 100)}% · {skill.mastered ? t("mastered") : t("notYet")} · {t("practised", { count: skill.attempts })}
          </SkillRow>
        );
      })}
    </ul>
  );
}
