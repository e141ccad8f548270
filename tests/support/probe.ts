// One hostile request against the real database: it must answer (not crash), a refusal must
// be typed and write nothing, and nothing of anyone else's may come back.
import { db } from "@/lib/db/client";
import { expectNoLeak, expectTypedRefusal, label, outcomeOf, requestText, type Outcome } from "./hostile";
import { actAs, type Browser } from "./next-request";
import { BOOKKEEPING, expectUnchanged, tableCounts, type Counts } from "./table-counts";

export interface Probed {
  outcome: Outcome;
  refused: boolean;
  before: Counts;
  after: Counts;
}

export async function probe({
  what,
  as,
  input,
  run,
  secrets,
}: {
  what: string;
  as: Browser;
  input: unknown[];
  run: () => Promise<unknown>;
  secrets: (request: string) => string[];
}): Promise<Probed> {
  const name = `${what}(${input.map(label).join(", ")})`;
  actAs(as);
  const before = await tableCounts(db);
  const outcome = await outcomeOf(name, run);
  const after = await tableCounts(db);
  const refused = expectTypedRefusal(name, outcome);
  if (refused) expectUnchanged(name, before, after, BOOKKEEPING);
  expectNoLeak(name, outcome, secrets(requestText(...input)));
  return { outcome, refused, before, after };
}

/** A route handler's answer: any status but a server error, and a refusal says why in JSON. */
export async function probeResponse({
  what,
  as,
  input,
  run,
  secrets,
}: {
  what: string;
  as: Browser;
  input: unknown[];
  run: () => Promise<Response>;
  secrets: (request: string) => string[];
}): Promise<{ status: number; body: string; before: Counts; after: Counts }> {
  const name = `${what}(${input.map(label).join(", ")})`;
  actAs(as);
  const before = await tableCounts(db);
  const outcome = await outcomeOf(name, run);
  if (outcome.kind !== "value" || !(outcome.value instanceof Response)) throw new Error(`${name} did not answer with a Response`);
  const response = outcome.value;
  const body = await response.text();
  const after = await tableCounts(db);
  if (response.status >= 500) throw new Error(`${name} answered ${response.status}: ${body.slice(0, 300)}`);
  if (response.status >= 400) {
    const error = (JSON.parse(body) as { error?: unknown }).error;
    if (typeof error !== "string" || error.trim() === "") throw new Error(`${name} refused (${response.status}) without saying why: ${body.slice(0, 300)}`);
    expectUnchanged(name, before, after, BOOKKEEPING);
  }
  expectNoLeak(name, body, secrets(requestText(...input)));
  return { status: response.status, body, before, after };
}
