/** One bar per practice day, with its number: what a chart of one or two points cannot show. */
export function DayAccuracyBars({ days, label }: { days: { day: string; percent: number; detail: string }[]; label: string }) {
  return (
    <ul aria-label={label} className="max-w-xl space-y-2">
      {days.map((day) => (
        <li key={day.day} className="grid grid-cols-[7rem_1fr_auto] items-center gap-3 text-sm">
          <span className="font-mono text-slate-700">{day.day}</span>
          <span className="h-4 rounded bg-slate-200" aria-hidden="true">
            <span className="block h-4 rounded bg-indigo-600" style={{ width: `${day.percent}%` }} />
          </span>
          <span>
            <span className="font-semibold">{day.percent}%</span> <span className="text-slate-600">{day.detail}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
