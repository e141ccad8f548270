/**
 * A student's progress from their own sessions and event log: problems solved, first-try
 * accuracy day by day, practice-day streaks and the best run of lines right first time.
 * Pure, so it is tested without a database. Days are UTC calendar days, so a day means
 * the same to the student's page and to the tests.
 */

export type ProgressSession = { id: string; kind: string; status: string; mode: string; startedAt: Date; solvedAt: Date | null };
export type ProgressEvent = {
  sessionId: string;
  type: string;
  actor: string;
  lineIndex: number;
  ok: boolean | null;
  createdAt: Date;
};

export type DayProgress = {
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** Lines answered for the first time that day, and how many of those were right first time. */
  firstTries: number;
  firstTriesRight: number;
  /** Problems solved that day (the student's own work, not a model's). */
  solved: number;
};

export type ProgressSummary = {
  solved: number;
  solvedByKind: Record<string, number>;
  firstTries: number;
  firstTriesRight: number;
  days: DayProgress[];
  /** Consecutive practice days ending today (or yesterday, so the streak is not lost before today's practice). */
  currentStreakDays: number;
  longestStreakDays: number;
  /** The longest run of lines right at the first try, in log order. */
  bestRun: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Sessions the student worked themselves: in the model modes the model writes (and "solves"). */
const studentWorks = (session: ProgressSession) => session.mode === "alone" || session.mode === "turns";

export function progressSummary({ sessions, events, now }: { sessions: ProgressSession[]; events: ProgressEvent[]; now: Date }): ProgressSummary {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  const days = new Map<string, DayProgress>();
  const dayEntry = (day: string) => {
    let entry = days.get(day);
    if (!entry) days.set(day, (entry = { day, firstTries: 0, firstTriesRight: 0, solved: 0 }));
    return entry;
  };

  const solvedByKind: Record<string, number> = {};
  for (const session of sessions) {
    if (session.status !== "solved" || !session.solvedAt || !studentWorks(session)) continue;
    solvedByKind[session.kind] = (solvedByKind[session.kind] ?? 0) + 1;
    dayEntry(dayOf(session.solvedAt)).solved += 1;
  }

  // A line's first try is the student's first event on it; a hint before that try spoils it.
  const seen = new Set<string>();
  let run = 0;
  let bestRun = 0;
  let firstTries = 0;
  let firstTriesRight = 0;
  const ordered = [...events].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
  for (const event of ordered) {
    if (event.actor !== "student" || (event.type !== "line" && event.type !== "hint")) continue;
    if (!byId.has(event.sessionId)) continue;
    const key = `${event.sessionId}:${event.lineIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const right = event.type === "line" && event.ok === true;
    const entry = dayEntry(dayOf(event.createdAt));
    entry.firstTries += 1;
    firstTries += 1;
    if (right) {
      entry.firstTriesRight += 1;
      firstTriesRight += 1;
      run += 1;
      bestRun = Math.max(bestRun, run);
    } else {
      run = 0;
    }
  }

  const sortedDays = [...days.values()].sort((x, y) => x.day.localeCompare(y.day));
  const practiceDays = sortedDays.filter((day) => day.firstTries > 0 || day.solved > 0).map((day) => Date.parse(`${day.day}T00:00:00Z`));
  let longest = 0;
  let streak = 0;
  for (let i = 0; i < practiceDays.length; i += 1) {
    streak = i > 0 && practiceDays[i]! - practiceDays[i - 1]! === DAY_MS ? streak + 1 : 1;
    longest = Math.max(longest, streak);
  }
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const last = practiceDays.at(-1);
  const current = last !== undefined && today - last <= DAY_MS ? streak : 0;

  return {
    solved: Object.values(solvedByKind).reduce((sum, count) => sum + count, 0),
    solvedByKind,
    firstTries,
    firstTriesRight,
    days: sortedDays,
    currentStreakDays: current,
    longestStreakDays: longest,
    bestRun,
  };
}
