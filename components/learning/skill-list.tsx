import { getTranslations } from "next-intl/server";
import type { SkillMastery } from "@/lib/learning";
import { SkillMeter } from "./skill-meter";

/** A kind's skills, easiest first, each with its mastery meter and how often it was tried. */
export async function SkillList({ skills }: { skills: SkillMastery[] }) {
  const [t, names] = await Promise.all([getTranslations("progress.skills"), getTranslations("skills")]);
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {skills.map((skill) => {
        // Skill ids come from the catalog (lib/scratchpad/skills.ts), whose names skills.json holds.
        const name = names(`names.${skill.skill}` as Parameters<typeof names>[0]);
        return (
          <li key={skill.skill} className="grid grid-cols-1 items-center gap-x-4 gap-y-1 px-4 py-2 sm:grid-cols-[14rem_1fr_16rem]">
            <span className="font-medium">{name}</span>
            <SkillMeter label={t("meter", { skill: name })} value={skill.pKnown} mastered={skill.mastered} />
            <span className="text-sm text-slate-600">
              {Math.round(skill.pKnown * 100)}% · {skill.mastered ? t("mastered") : t("notYet")} · {t("practised", { count: skill.attempts })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
