import Link from "next/link";
import { StartForms } from "@/components/home/start-forms";
import { currentViewer } from "@/lib/auth/viewer";
import { listSessionsForUser } from "@/lib/db/practice-sessions";
import { listDemoProblems } from "@/lib/db/problems";
import { MAX_LEVEL, MIN_LEVEL } from "@/lib/practice/start-problem";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const viewer = await currentViewer();
  const [demos, recent] = await Promise.all([
    listDemoProblems({ kind: "addition" }),
    viewer ? listSessionsForUser({ userId: viewer.id, take: 8 }) : Promise.resolve([]),
  ]);

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Show your work, one line at a time</h1>
        <p className="max-w-3xl text-slate-700">
          Long addition worked the way the paper <cite>Show Your Work: Scratchpads for Intermediate
          Computation with Language Models</cite> (Nye et al., 2021) has models work it: one column per
          line, right to left, carrying as you go. Every line you write is checked against the reference
          scratchpad; when a line is wrong you are told exactly which part and why, and hints go from a
          nudge to the full line.
        </p>
      </section>

      <StartForms minLevel={MIN_LEVEL} maxLevel={MAX_LEVEL} demos={demos.map(({ id, input }) => ({ id, input }))} />

      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-xl font-semibold">
            Your recent sessions
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {recent.map((session) => (
              <li key={session.id} className="flex items-center justify-between gap-4 px-4 py-2">
                <Link href={`/practice/${session.id}`} className="font-mono text-indigo-700 underline">
                  {session.input}
                </Link>
                <span className="text-sm text-slate-600">
                  {session.status === "solved" ? "Solved" : "In progress"} ·{" "}
                  <time dateTime={session.startedAt}>{new Date(session.startedAt).toLocaleString("en")}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
