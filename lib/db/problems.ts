import "server-only";
import { db } from "./client";

/** Problems anyone may start by id: the app's demos and its Python bank. */
export const LISTED_SOURCES: ReadonlySet<string> = new Set(["demo", "bank"]);

export type ProblemRecord = {
  id: string;
  kind: string;
  input: string;
  target: string;
  title: string | null;
  difficulty: number;
  source: string;
  createdById: string | null;
};

const problemSelect = {
  id: true,
  kind: true,
  input: true,
  target: true,
  title: true,
  difficulty: true,
  source: true,
  createdById: true,
} as const;

/** Problems are shared by (kind, input): the same sum practised twice is one problem. */
export async function upsertProblem({
  kind,
  input,
  target,
  title = null,
  difficulty = 1,
  source = "generated",
  createdById = null,
}: {
  kind: string;
  input: string;
  target: string;
  title?: string | null;
  difficulty?: number;
  source?: string;
  createdById?: string | null;
}): Promise<ProblemRecord> {
  return db.problem.upsert({
    where: { kind_input: { kind, input } },
    create: { kind, input, target, title, difficulty, source, createdById },
    update: {},
    select: problemSelect,
  });
}

export async function listListedProblems({ kind }: { kind?: string } = {}): Promise<ProblemRecord[]> {
  return db.problem.findMany({
    where: { source: { in: [...LISTED_SOURCES] }, ...(kind ? { kind } : {}) },
    orderBy: [{ difficulty: "asc" }, { input: "asc" }],
    select: problemSelect,
  });
}

export async function findProblem({ id }: { id: string }): Promise<ProblemRecord | null> {
  return db.problem.findUnique({ where: { id }, select: problemSelect });
}

export async function listProblemsBy({
  userId,
  kind,
  source,
}: {
  userId: string;
  kind: string;
  source: string;
}): Promise<ProblemRecord[]> {
  return db.problem.findMany({
    where: { createdById: userId, kind, source },
    orderBy: { createdAt: "desc" },
    select: problemSelect,
  });
}
