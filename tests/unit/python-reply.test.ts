// The parent never trusts a sandbox child's reply: it counts steps and
// characters itself as the lines arrive (lib/python/reply.ts).
import { describe, expect, test } from "vitest";
import { TraceReply } from "@/lib/python/reply";

const entry = (text: string) => JSON.stringify(`state: {}\nline: ${text}`);
const end = (last: string, error: unknown = null) => JSON.stringify({ last, error });

describe("TraceReply", () => {
  test("an honest reply becomes the trace, its steps counted here", () => {
    const reply = new TraceReply(1000, 8_000_000);
    expect(reply.read(entry("x = 1"))).toBeUndefined();
    expect(reply.read(entry("y = 2"))).toBeUndefined();
    expect(reply.read(end('state: {"x": 1, "y": 2}'))).toEqual({
      trace: 'state: {}\nline: x = 1\nstate: {}\nline: y = 2\nstate: {"x": 1, "y": 2}',
      steps: 2,
      error: null,
    });
  });

  test("the issue's forged trace (340,000 steps) is refused at step 201, whatever the child claims", () => {
    const reply = new TraceReply(200, 8_000_000);
    let result;
    let read = 0;
    for (; read < 340_000 && !result; read += 1) result = reply.read(entry("x = 1"));
    expect(read).toBe(201);
    expect(result).toEqual({ trace: "", steps: 0, error: { kind: "step-limit", message: "StepLimitExceeded: more than 200 steps" } });
  });

  test("characters are counted as they arrive: a reply over the cap is refused at the entry that passes it", () => {
    const reply = new TraceReply(1000, 100);
    expect(reply.read(entry("a".repeat(60)))).toBeUndefined();
    expect(reply.read(entry("b".repeat(60)))).toMatchObject({ error: { kind: "memory" } });
  });

  test("the last part counts too: a final state over the cap is refused", () => {
    const reply = new TraceReply(1000, 8_000_000);
    expect(reply.read(entry("x = 'a' * 8500000"))).toBeUndefined();
    const result = reply.read(end(`state: {"x": "${"a".repeat(8_500_000)}"}`));
    expect(result).toEqual({
      trace: "",
      steps: 0,
      error: { kind: "memory", message: "Trace too large: the program's variables grow past 8 MB (8,000,000 characters of trace)" },
    });
  });

  test("an end without a trace drops the steps before it", () => {
    const reply = new TraceReply(1000, 8_000_000);
    reply.read(entry("x = 1"));
    const forbidden = { kind: "forbidden", message: "Forbidden: sys._getframe() is not allowed in the sandbox", line: 2 };
    expect(reply.read(end("", forbidden))).toEqual({ trace: "", steps: 0, error: forbidden });
  });

  test.each([
    ["not JSON", "{"],
    ["an entry that is not one step", JSON.stringify("state: {}\nline: x\nstate: {}\nline: y")],
    ["an entry without a line", JSON.stringify("state: {}")],
    ["a number", "42"],
    ["a kind only the parent decides", end("", { kind: "timeout", message: "x" })],
    ["a clean ending that is an exception", end("exception: ValueError", null)],
    ["an error that ends in a state", end("state: {}", { kind: "runtime", message: "x" })],
    ["no trace and no error", end("", null)],
    ["a last part with more lines", end("state: {}\nline: x = 1\nstate: {}")],
  ])("a malformed reply is a sandbox error: %s", (_name, line) => {
    expect(new TraceReply(1000, 8_000_000).read(line)).toEqual({
      trace: "",
      steps: 0,
      error: { kind: "sandbox", message: "the Python sandbox sent a malformed result" },
    });
  });
});
