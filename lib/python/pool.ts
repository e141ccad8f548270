// A warm pool of sandboxed children. Each child serves exactly one program
// and dies (a reused interpreter could be poisoned by the program before, e.g.
// `builtins.range = None`), so the pool refills in the background.
import { SandboxChild } from "./sandbox";

// After this many children in a row fail to start, waiting callers get the
// error instead of an endless restart loop (e.g. unshare not permitted).
const MAX_START_FAILURES = 3;

interface Waiter {
  resolve: (child: SandboxChild) => void;
  reject: (error: Error) => void;
}

export class ChildPool {
  private readonly idle: SandboxChild[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly live = new Set<SandboxChild>();
  private readonly fullWaiters: Array<() => void> = [];
  private starting = 0;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly snapshot: () => Promise<string | undefined>,
  ) {
    this.refill();
  }

  /** A ready child, now owned by the caller: run it once, and it dies. */
  acquire(signal?: AbortSignal): Promise<SandboxChild> {
    if (this.closed) return Promise.reject(new Error("the Python tracer was shut down"));
    this.failures = 0; // a new request earns the sandbox new tries
    // A child killed while idle (the OOM killer, an operator) may not have been reaped yet.
    let child = this.idle.shift();
    while (child && !child.alive) {
      this.live.delete(child);
      child = this.idle.shift();
    }
    if (child) {
      this.live.delete(child);
      // Start the replacement once this trace is over: spawning forks this
      // process and loading competes for the CPU, both on the trace's clock.
      void child.exit.then(() => this.refill());
      return Promise.resolve(child);
    }
    return new Promise<SandboxChild>((resolve, reject) => {
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(new Error("aborted while waiting for a Python sandbox"));
      };
      const waiter: Waiter = {
        resolve: (ready) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(ready);
        },
        reject: (error) => {
          signal?.removeEventListener("abort", onAbort);
          reject(error);
        },
      };
      this.waiters.push(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.refill();
    });
  }

  /** Resolves once the pool holds `size` ready children (or has given up starting them). */
  whenFull(): Promise<void> {
    if (this.full()) return Promise.resolve();
    return new Promise((resolve) => this.fullWaiters.push(resolve));
  }

  private full(): boolean {
    return this.closed || this.failures >= MAX_START_FAILURES || this.idle.length >= this.size;
  }

  /** Kills the children the pool holds; resolves once they are gone. */
  async shutdown(): Promise<void> {
    this.closed = true;
    const children = [...this.live];
    for (const child of children) {
      // Idle children are unref'd; held again, they keep Node alive until their exit is seen.
      child.hold(true);
      child.kill();
    }
    this.live.clear();
    this.idle.length = 0;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error("the Python tracer was shut down"));
    for (const resolve of this.fullWaiters.splice(0)) resolve();
    await Promise.all(children.map((child) => child.exit));
  }

  private refill(): void {
    while (
      !this.closed &&
      this.failures < MAX_START_FAILURES &&
      this.starting < this.size &&
      this.idle.length + this.starting < this.size + this.waiters.length
    ) {
      this.starting += 1;
      void this.startOne();
    }
  }

  private async startOne(): Promise<void> {
    let child: SandboxChild | undefined;
    try {
      const snapshot = await this.snapshot();
      if (this.closed) return;
      child = new SandboxChild(snapshot);
      this.live.add(child);
      await child.ready;
      this.failures = 0;
      this.place(child);
    } catch (error) {
      this.failures += 1;
      if (child) this.live.delete(child);
      if (this.failures >= MAX_START_FAILURES) {
        for (const waiter of this.waiters.splice(0)) waiter.reject(error as Error);
      }
    } finally {
      this.starting -= 1;
      this.refill();
      if (this.full()) for (const resolve of this.fullWaiters.splice(0)) resolve();
    }
  }

  private place(child: SandboxChild): void {
    if (this.closed || !child.alive) {
      child.kill();
      this.live.delete(child);
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) {
      this.live.delete(child);
      waiter.resolve(child);
      return;
    }
    // Idle children must not keep the Node process alive.
    child.hold(false);
    this.idle.push(child);
    void child.exit.then(() => {
      this.live.delete(child);
      const index = this.idle.indexOf(child);
      if (index >= 0) {
        this.idle.splice(index, 1);
        this.refill();
      }
    });
  }
}
