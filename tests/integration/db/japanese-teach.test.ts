// An instructor who reads Japanese: the teach actions answer in Japanese, and a session a
// student worked in English is replayed in Japanese, on a real database.
import { randomUUID } from "node:crypto";
import { isValidElement, type ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { joinClass, signUpInstructor } from "@/app/(account)/actions";
import { requestHint, startPractice, submitLine } from "@/app/(practice)/actions";
import { createAssignmentAction, createClassAction, resetStudentPassword } from "@/app/(teach)/actions";
import { GET as exportClass } from "@/app/(teach)/teach/classes/[classId]/export/route";
import SessionReviewPage from "@/app/(teach)/teach/sessions/[sessionId]/page";
import { SessionReplay } from "@/components/review/session-replay";
import { db } from "@/lib/db/client";
import type { Replay } from "@/lib/review/replay";
import { addition } from "@/lib/scratchpad";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";


/** Every text and every element's props in a rendered tree (server components already ran). */
function walk(node: ReactNode, visit: (props: Record<string, unknown>, type: unknown) => void, texts: string[] = []): string[] {
  if (typeof node === "string" || typeof node === "number") texts.push(String(node));
  else if (Array.isArray(node)) for (const child of node) walk(child as ReactNode, visit, texts);
  else if (isValidElement(node)) {
    const props = node.props as Record<string, unknown>;
    visit(props, node.type);
    walk(props.children as ReactNode, visit, texts);
  }
  return texts;
}

const unique = () => randomUUID().slice(0, 8);
const problem = addition.parseInput("29 + 57");
if (!problem.ok) throw new Error(problem.error);
const reference = addition.referenceLines(problem.value);
/** Hiragana, katakana or kanji: the text is (at least partly) Japanese. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

describe(`an instructor reading Japanese on ${provider}`, () => {
  const sensei = new Browser();
  sensei.acceptLanguage = "ja,en;q=0.5";
  const student = new Browser();
  student.acceptLanguage = "en-US,en;q=0.9";
  let classId = "";
  let sessionId = "";

  beforeAll(async () => {
    actAs(sensei);
    await redirectOf(() => signUpInstructor(null, form({ name: "Sato Sensei", email: `sato-${unique()}@example.org`, password: "correct horse 2" })));
    actAs(sensei);
    classId = (await redirectOf(() => createClassAction(null, form({ name: "2年1組" })))).split("/").at(-1) ?? "";
    const code = (await db.class.findUniqueOrThrow({ where: { id: classId } })).code;
    actAs(sensei);
    expect(await createAssignmentAction(null, form({ classId, title: "Carrying", mode: "alone", source: "written", kind: "addition", written: "29 + 57" }))).toMatchObject({ ok: true });

    // The student works in English: the log stores English verdicts and hints.
    actAs(student);
    await redirectOf(() => joinClass(null, form({ code, name: "Emma Lee", password: "emma password" })));
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId } });
    actAs(student);
    sessionId = (await redirectOf(() => startPractice(null, form({ source: "assignment", assignmentId: assignment.id, position: "0" })))).split("/").at(-1) ?? "";
    for (const line of reference.slice(1, 3).map((ref) => ref.text)) {
      expect(await submitLine({ sessionId, requestId: randomUUID(), line })).toMatchObject({ ok: true, verdict: { ok: true } });
    }
    expect(await requestHint({ sessionId, requestId: randomUUID() })).toMatchObject({ ok: true });
    const wrong = await submitLine({ sessionId, requestId: randomUUID(), line: ", 7 6 C: 0" });
    expect(wrong).toMatchObject({ ok: true, verdict: { ok: false, diagnosis: { id: "carry-dropped" } } });
    if (wrong.ok) expect(wrong.verdict.message).not.toMatch(JAPANESE);
  });

  it("answers the class and assignment forms in Japanese", async () => {
    actAs(sensei);
    expect(await createClassAction(null, form({ name: "  " }))).toEqual({ ok: false, error: "クラス名を入力してください" });
    expect(await createClassAction(null, form({ name: "x".repeat(81) }))).toEqual({ ok: false, error: "クラス名は 80 文字以内にしてください" });
    const assignment = (fields: Record<string, string>) =>
      createAssignmentAction(null, form({ classId, title: "足し算", mode: "alone", source: "level", kind: "addition", level: "3", count: "2", ...fields }));
    expect(await assignment({ title: "" })).toEqual({ ok: false, error: "課題のタイトルを入力してください" });
    expect(await assignment({ count: "0" })).toEqual({ ok: false, error: "問題は 1 問以上にしてください" });
    expect(await assignment({ mode: "sideways" })).toEqual({ ok: false, error: "問題の取り組み方を選んでください" });
    expect(await assignment({ kind: "polynomial", level: "9" })).toEqual({ ok: false, error: "この種類のレベルは 1 から 5 までです。" });
    expect(await assignment({ mode: "watch", source: "chosen", problemIds: "nope" })).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
    expect(await assignment({ title: "繰り上がり" })).toEqual({ ok: true, message: "「繰り上がり」を課題として出しました（2 問）。" });
    expect(await resetStudentPassword(null, form({ classId, studentId: "abc", password: "short" }))).toEqual({ ok: false, error: "パスワードは 8 文字以上にしてください" });
    // Someone else's, or nobody's: still in the reader's language.
    const stranger = new Browser();
    stranger.acceptLanguage = "ja";
    actAs(stranger);
    expect(await createClassAction(null, form({ name: "誰かのクラス" }))).toEqual({ ok: false, error: "この操作はサインインした先生だけができます。もう一度サインインしてください。" });
  });

  it("answers the export's errors in Japanese, but writes its files in English", async () => {
    const call = (query: string) => exportClass(new Request(`http://localhost/teach/classes/${classId}/export?${query}`), { params: Promise.resolve({ classId }) });
    actAs(sensei);
    const bad = await call("format=xml");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "format には csv、datashop、jsonl のどれかを指定してください" });
    expect(await (await call("format=csv&from=yesterday")).json()).toEqual({ error: "from の値が正しくありません" });
    const csv = await (await call("format=csv")).text();
    expect(csv.split("\r\n")[0]).toBe("session_id,student_id,student_name,class_id,assignment_id,problem_id,kind,problem_input,mode,model_id,seq,time,actor,type,line_number,step_role,text,ok,expected,message,diagnosis_id,hint_level,variant");
    // The log's own messages, as stored (English here), not translated for the export.
    expect(csv).toContain("carry-dropped");
    expect(csv).not.toMatch(JAPANESE);
  });

  it("replays a session logged in English in Japanese", async () => {
    actAs(sensei);
    const page = await SessionReviewPage({ params: Promise.resolve({ sessionId }), searchParams: Promise.resolve({}) });
    let replay: Replay | null = null;
    const texts = walk(page, (props, type) => {
      if (type === SessionReplay) replay = props.replay as Replay;
    });
    expect(texts).toContain("クラスに戻る");
    expect(texts.join(" ")).toContain("Emma Lee · Carrying · 開始 ");

    const steps = (replay as Replay | null)?.steps ?? [];
    expect(steps.map((step) => [step.type, step.ok])).toEqual([
      ["line", true],
      ["line", true],
      ["hint", null],
      ["line", false],
    ]);
    const verdict = addition.judgeLine(problem.value, 3, ", 7 6 C: 0", { actor: "student", locale: "ja" });
    expect(steps[3]).toMatchObject({ message: verdict.message, diagnosis: { id: "carry-dropped", title: verdict.diagnosis?.title } });
    expect(steps[3]?.message).toMatch(JAPANESE);
    expect(steps[2]?.text).toBe(addition.hint(problem.value, 3, 1, "ja").text);
    expect(steps[2]?.text).toMatch(JAPANESE);
    for (const step of steps.filter((s) => s.type === "line")) expect(step.message).toMatch(JAPANESE);
    // The log itself is unchanged: still the English the student read.
    const stored = await db.event.findMany({ where: { sessionId, type: "line" }, orderBy: { seq: "asc" } });
    expect(stored).toHaveLength(3);
    expect(JSON.stringify(stored.at(-1)?.verdict)).toContain("carry-dropped");
    expect(JSON.stringify(stored.at(-1)?.verdict)).not.toMatch(JAPANESE);
  });
});
