import Link from "next/link";
import type { PracticeView } from "@/lib/practice/practice-view";

function duration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function SolvedSummary({ view }: { view: PracticeView }) {
  const { stats } = view;
  return (
    <section aria-labelledby="solved-heading" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <h2 id="solved-heading" className="text-lg font-semibold text-emerald-800">
        Solved!
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Time</dt>
          <dd className="font-medium">{view.solvedAt ? duration(view.startedAt, view.solvedAt) : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Lines</dt>
          <dd className="font-medium">{stats.linesAccepted}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Errors</dt>
          <dd className="font-medium">{plural(stats.errors, "error")}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Hints</dt>
          <dd className="font-medium">{plural(stats.hints, "hint")}</dd>
        </div>
      </dl>
      <Link href="/" className="inline-block text-indigo-700 underline">
        Practice another problem
      </Link>
    </section>
  );
}
