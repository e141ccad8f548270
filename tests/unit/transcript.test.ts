import { describe, expect, it } from "vitest";
import type { LogEvent } from "@/lib/practice/log-event";
import { deriveProgress, sharedScratchpadEvents } from "@/lib/practice/progress";
import { firstWrongLine, isRightPick, modelOwnTexts, modelTranscript, spotAnswer, whoseTurn } from "@/lib/practice/transcript";
import { addition } from "@/lib/scratchpad";

let seq = 0;
function event(part: Partial<LogEvent> & Pick<LogEvent, "lineIndex">): LogEvent {
  seq += 1;
  return {
    seq,
    type: "line",
    actor: "student",
    modelId: null,
    variant: null,
    text: `line ${part.lineIndex}`,
    ok: true,
    verdict: null,
    diagnosisId: null,
    hintLevel: null,
    createdAt: new Date(0).toISOString(),
    ...part,
  };
}
const model = (lineIndex: number, ok: boolean, extra: Partial<LogEvent> = {}) =>
  event({ lineIndex, ok, actor: "model", modelId: "m", variant: "scratchpad", ...extra });

describe("model transcripts", () => {
  it("lists a model's lines by index, with a planted line in place of the model's own", () => {
    const events = [model(0, true), model(1, true, { text: "mine" }), model(1, false, { actor: "app", text: "planted" }), model(2, true)];
    const lines = modelTranscript(events, "scratchpad");
    expect(lines.map((line) => [line.index, line.text, line.actor, line.modelWrote])).toEqual([
      [0, "line 0", "model", null],
      [1, "planted", "app", "mine"],
      [2, "line 2", "model", null],
    ]);
    expect(firstWrongLine(lines)).toBe(1);
    // Going on after a failure, the model reads its own lines, not the planted one.
    expect(modelOwnTexts(lines)).toEqual(["line 0", "mine", "line 2"]);
  });

  it("keeps the scratchpad and direct answers apart and ignores the student's lines", () => {
    const events = [event({ lineIndex: 1 }), model(0, true), model(4, false, { variant: "direct", text: "99" })];
    expect(modelTranscript(events, "scratchpad").map((line) => line.index)).toEqual([0]);
    expect(modelTranscript(events, "direct").map((line) => line.text)).toEqual(["99"]);
  });

  it("scores a pick: the first wrong line, or all correct when there is none", () => {
    const wrong = modelTranscript([model(0, true), model(1, true), model(2, false), model(3, false)], "scratchpad");
    expect(isRightPick(wrong, 2)).toBe(true);
    expect(isRightPick(wrong, 3)).toBe(false);
    expect(isRightPick(wrong, -1)).toBe(false);
    const right = modelTranscript([model(0, true), model(1, true)], "scratchpad");
    expect(isRightPick(right, -1)).toBe(true);
    expect(isRightPick(right, 0)).toBe(false);
    expect(spotAnswer([model(0, true)])).toBeNull();
    expect(spotAnswer([model(0, true), event({ type: "spot", lineIndex: 2, ok: true })])).toMatchObject({ pick: 2, correct: true });
  });
});

describe("taking turns", () => {
  it("starts with the student; a right student line passes the turn; any model line passes it back", () => {
    expect(whoseTurn([])).toBe("student");
    expect(whoseTurn([event({ lineIndex: 1, ok: false })])).toBe("student");
    expect(whoseTurn([event({ lineIndex: 1 })])).toBe("model");
    expect(whoseTurn([event({ lineIndex: 1 }), event({ type: "hint", lineIndex: 2, ok: null })])).toBe("model");
    expect(whoseTurn([event({ lineIndex: 1 }), model(2, true)])).toBe("student");
    expect(whoseTurn([event({ lineIndex: 1 }), model(2, false)])).toBe("student");
  });

  it("builds one scratchpad from both writers, counting only the student's own lines and errors", () => {
    const problem = { a: "29", b: "57" };
    const reference = addition.referenceLines(problem);
    const events = [event({ lineIndex: 1, text: reference[1]!.text }), model(2, false, { text: "nonsense" }), event({ lineIndex: 2, text: reference[2]!.text })];
    const progress = deriveProgress(reference, sharedScratchpadEvents("turns", events));
    expect(progress.rows.map((row) => row.by)).toEqual([null, "student", "student"]);
    expect(progress.stats).toEqual({ linesAccepted: 2, errors: 0, hints: 0 });
    const withModel = deriveProgress(reference, [...events, model(3, true, { text: reference[3]!.text })]);
    expect(withModel.rows.at(-1)).toMatchObject({ index: 3, by: "model" });
    expect(withModel.stats.linesAccepted).toBe(2);
    // In the modes where only the model writes, the student's scratchpad stays empty.
    expect(sharedScratchpadEvents("watch", events)).toEqual([]);
  });
});
