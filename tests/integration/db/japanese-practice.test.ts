// The practice side in Japanese: a browser that asks for Japanese (Accept-Language) gets
// verdicts, hints and refusals in Japanese, judged exactly as in English; a session stored in
// English is shown in the viewer's language.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { requestHint, startPractice, submitLine } from "@/app/(practice)/actions";
import { POST } from "@/app/api/practice/[sessionId]/model/route";
import { db } from "@/lib/db/client";
import { findOwnedSession } from "@/lib/db/practice-sessions";
import type { LogEvent } from "@/lib/practice/log-event";
import { buildPracticeView, type StoredSession } from "@/lib/practice/practice-view";
import { addition } from "@/lib/scratchpad";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const LINES = ["2 9 + 5 7 , C: 0", "2 + 5 , 6 C: 1"];
const WRONG = ", 7 6 C: 0";


function browser(language: string): Browser {
  const made = new Browser();
  made.acceptLanguage = language;
  return made;
}

async function start(as: Browser, fields: Record<string, string> = { source: "addition-numbers", a: "29", b: "57" }): Promise<string> {
  actAs(as);
  const url = await redirectOf(() => startPractice(null, form(fields)));
  const id = /^\/practice\/([a-z0-9]+)$/.exec(url)?.[1];
  if (!id) throw new Error(`unexpected redirect ${url}`);
  return id;
}

const submit = (sessionId: string, line: string) => submitLine({ sessionId, requestId: randomUUID(), line });

/** Writes the two right lines, then the carry-dropped one, then asks for a hint; returns what came back. */
async function work(as: Browser) {
  const id = await start(as);
  const right = [];
  for (const line of LINES) right.push(await submit(id, line));
  const wrong = await submit(id, WRONG);
  const hint = await requestHint({ sessionId: id, requestId: randomUUID() });
  return { id, right, wrong, hint };
}

async function viewAs(sessionId: string, locale: "en" | "ja") {
  const session = await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId } });
  const stored = await findOwnedSession({ sessionId, userId: session.userId });
  if (!stored) throw new Error("session not found");
  return buildPracticeView(stored, null, locale);
}

describe(`practice in Japanese on ${provider}`, () => {
  it("judges and hints in Japanese, with the same outcome and diagnosis as in English", async () => {
    const ja = await work(browser("ja-JP,ja;q=0.9,en;q=0.5"));
    const en = await work(browser("en-GB"));

    for (const result of ja.right) expect(result).toMatchObject({ ok: true, verdict: { ok: true, message: expect.stringMatching(JAPANESE) } });
    if (!ja.wrong.ok || !en.wrong.ok) throw new Error("a line was refused");
    expect(ja.wrong.verdict).toMatchObject({ ok: false, index: 3, diagnosis: { id: "carry-dropped" } });
    expect(ja.wrong.verdict.message).toMatch(JAPANESE);
    expect(ja.wrong.verdict.diagnosis?.explanation).toMatch(JAPANESE);
    // Judged alike: only the words differ.
    expect(ja.wrong.verdict.ok).toBe(en.wrong.verdict.ok);
    expect(ja.wrong.verdict.diagnosis?.id).toBe(en.wrong.verdict.diagnosis?.id);
    expect(ja.wrong.verdict.fields).toEqual(en.wrong.verdict.fields);
    expect(en.wrong.verdict.message).toMatch(/^Not quite/);

    if (!ja.hint.ok || !en.hint.ok) throw new Error("a hint was refused");
    expect(ja.hint.hint.level).toBe(en.hint.hint.level);
    expect(ja.hint.hint.text).toMatch(JAPANESE);
    expect(en.hint.hint.text).not.toMatch(JAPANESE);
  });

  it("refuses bad requests and bad problems in Japanese", async () => {
    const as = browser("ja");
    const id = await start(as);
    const refusals = [
      await submit(id, "2 9\u0000"),
      await submit(id, "9".repeat(1_000_000)),
      await submit(id, "\ud800"),
      await submitLine({ sessionId: id, requestId: "not-a-uuid", line: "x" }),
      await submitLine({ sessionId: id, requestId: randomUUID(), line: 42 } as never),
      await startPractice(null, form({ source: "addition-level", level: "13" })),
      await startPractice(null, form({ source: "addition-numbers", a: "007", b: "5" })),
      await startPractice(null, form({ source: "polynomial-input", expression: "3*x**4", x: "2" })),
      await startPractice(null, form({ source: "teleport" })),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
    // The field is still named as the request names it.
    expect(refusals[0]).toMatchObject({ error: expect.stringMatching(/^line：/) });
    expect(await db.event.count({ where: { sessionId: id } })).toBe(0);

    actAs(browser("ja"));
    expect(await submit(id, LINES[0]!)).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
    actAs(new Browser());
    expect(await submit(id, LINES[0]!)).toMatchObject({ ok: false, error: expect.stringMatching(/no practice sessions/) });
  });

  it("shows a session stored in English in Japanese, verdicts and hints alike", async () => {
    const { id } = await work(browser("en"));
    const stored = await db.event.findMany({ where: { sessionId: id }, orderBy: { seq: "asc" } });
    expect(JSON.stringify(stored.map((event) => [event.verdict, event.text]))).not.toMatch(JAPANESE);

    const ja = await viewAs(id, "ja");
    const en = await viewAs(id, "en");
    const wrong = ja?.history.find((item) => item.type === "line" && item.ok === false);
    expect(wrong).toMatchObject({ text: WRONG, diagnosis: { id: "carry-dropped" } });
    expect(wrong?.message).toMatch(JAPANESE);
    expect(wrong?.diagnosis?.explanation).toMatch(JAPANESE);
    const hint = ja?.history.find((item) => item.type === "hint");
    expect(hint?.text).toMatch(JAPANESE);
    // Only the words change: the same lines, outcomes and progress.
    expect(ja?.history.map((item) => [item.type, item.text.length > 0, item.ok, item.diagnosis?.id ?? null])).toEqual(
      en?.history.map((item) => [item.type, item.text.length > 0, item.ok, item.diagnosis?.id ?? null]),
    );
    expect(ja?.rows).toEqual(en?.rows);
    expect(ja?.stats).toEqual(en?.stats);
    expect(en?.history.find((item) => item.type === "hint")?.text).toBe(stored.find((event) => event.type === "hint")?.text);
  });

  it("answers the model route in Japanese", async () => {
    const as = browser("ja");
    const id = await start(as);
    actAs(as);
    const request = new Request(`http://localhost/api/practice/${id}/model`, { method: "POST", body: JSON.stringify({ requestId: randomUUID() }) });
    const response = await POST(request, { params: Promise.resolve({ sessionId: id }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(JAPANESE);
  });
});

describe("Spot the error in another language", () => {
  const problem = { a: "29", b: "57" };
  const reference = addition.referenceLines(problem);
  // The model's lines as stored in English, the third one wrong (the carry dropped).
  const texts = reference.map((line) => (line.index === 3 ? WRONG : line.text));
  const events: LogEvent[] = texts.map((text, index) => {
    const verdict = addition.judgeLine(problem, index, text, { actor: "model" });
    return {
      seq: index + 1,
      type: "line",
      actor: "model",
      modelId: "addition-scratchpad",
      variant: "scratchpad",
      lineIndex: index,
      text,
      ok: verdict.ok,
      verdict,
      diagnosisId: verdict.diagnosis?.id ?? null,
      hintLevel: null,
      createdAt: new Date(0).toISOString(),
    };
  });
  const session = (extra: LogEvent[]): StoredSession => ({
    id: "spotsession",
    mode: "spot",
    modelId: "addition-scratchpad",
    planted: false,
    startedAt: new Date(0).toISOString(),
    solvedAt: null,
    problem: { kind: "addition", input: addition.formatInput(problem), target: addition.target(problem), title: null },
    events: [...events, ...extra],
  });
  const context = { label: "Addition", available: true, runFinished: true, lastError: null };

  it("keeps verdicts hidden until the pick, in any language", () => {
    const hidden = buildPracticeView(session([]), context, "ja")?.model;
    expect(hidden?.verdictsHidden).toBe(true);
    expect(hidden?.scratchpad.every((line) => line.verdict === null && !line.ok)).toBe(true);
    expect(JSON.stringify(hidden)).not.toMatch(JAPANESE);
    expect(JSON.stringify(hidden)).not.toContain("carry-dropped");
  });

  it("shows the English-stored verdicts in Japanese once the student has answered", () => {
    const pick: LogEvent = { ...events[0]!, seq: 99, type: "spot", actor: "student", modelId: null, variant: null, lineIndex: 3, text: "line 4", ok: true, verdict: null, diagnosisId: null };
    const shown = buildPracticeView(session([pick]), context, "ja")?.model;
    expect(shown?.firstWrong).toBe(3);
    const wrong = shown?.scratchpad.find((line) => line.index === 3);
    expect(wrong?.verdict).toMatchObject({ ok: false, diagnosis: { id: "carry-dropped" } });
    expect(wrong?.verdict?.message).toMatch(JAPANESE);
    expect(events[3]?.verdict?.message).toMatch(/^Not quite/);
  });
});
