/** One skill's mastery as a bar; the number is also in the text, so the bar is never the only cue. */
export function SkillMeter({ label, value, mastered }: { label: string; value: number; mastered: boolean }) {
  const percent = Math.round(value * 100);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className={`h-full rounded-full ${mastered ? "bg-emerald-600" : "bg-indigo-500"}`} style={{ width: `${percent}%` }} />
    </div>
  );
}
