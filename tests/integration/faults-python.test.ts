// The sandbox child killed in the middle of a trace (the OOM killer, an operator): the
// caller gets a clear error result, not a hang or a throw, and the pool serves the next trace.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { shutdownTracer, tracePython, warmTracer } from "@/lib/python/trace";

/** Pids of this process's descendants running the sandbox's child script (Linux /proc). */
function sandboxChildren(): number[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      commands.set(pid, readFileSync(`/proc/${pid}/cmdline`, "utf8"));
    } catch {
      // gone meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === process.pid) return true;
    return false;
  };
  return [...commands].filter(([pid, command]) => command.includes("child.mjs") && command.includes("serve") && mine(pid)).map(([pid]) => pid);
}

describe("a Python sandbox killed mid-trace", () => {
  afterAll(() => shutdownTracer());

  it("gives a clear sandbox error, and the next trace works", async () => {
    if (process.platform !== "linux") throw new Error("This test finds the sandbox's processes in /proc, so it needs Linux.");
    await warmTracer();
    // One line that runs for a long time without a line event: killed long before the limit.
    const running = tracePython("x = sum(range(10**10))\n", { timeoutMs: 30_000 });
    let settled = false;
    void running.finally(() => (settled = true));
    // Kill every sandbox child until the trace answers: on a loaded machine the trace may
    // not have reached a child yet at the first kill (the pool then starts a fresh one).
    const began = Date.now();
    let killed = 0;
    while (!settled && Date.now() - began < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (settled) break;
      for (const pid of sandboxChildren()) {
        process.kill(pid, "SIGKILL");
        killed += 1;
      }
    }
    expect(killed, "the sandbox children were found").toBeGreaterThan(0);
    const result = await running;
    expect(Date.now() - began, "the kill was noticed at once, not at the 30 s time limit").toBeLessThan(25_000);
    expect(result.trace).toBe("");
    expect(result.error).toMatchObject({ kind: "sandbox", message: expect.stringMatching(/\S/) });

    const next = await tracePython("a = 1\nb = a + 1\n");
    expect(next.error).toBeNull();
    expect(next.trace).toContain('"b": 2');
  }, 90_000);
});
