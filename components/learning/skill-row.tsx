import type { ReactNode } from "react";
import { SkillMeter } from "./skill-meter";

/** One skill: its name, its mastery meter, and a short text about it (the same row everywhere). */
export function SkillRow({ name, label, value, mastered, children }: { name: string; label: string; value: number; mastered: boolean; children: ReactNode }) {
  return (
    <li className="grid grid-cols-1 items-center gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr_16rem]">
      <span className="font-medium">{name}</span>
      <SkillMeter label={label} value={value} mastered={mastered} />
      <span className="text-sm text-slate-600">{children}</span>
    </li>
  );
}
