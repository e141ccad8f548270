// The Python tracer end to end: real Pyodide children in the real sandbox.
// Every trace needs a fresh child (≈ 0.5 s from the snapshot; the pool keeps
// two warm), so checks share programs where they can.
import { mkdtempSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAX_PROGRAM_CHARS, shutdownTracer, tracePython, warmTracer, type TraceResult } from "../../lib/python/trace";

beforeAll(() => warmTracer());
afterAll(() => shutdownTracer());

const lines = (...text: string[]) => text.join("\n");

/** The final `state:` line of a trace, parsed. */
function finalState(result: TraceResult): Record<string, unknown> {
  const last = result.trace.split("\n").at(-1) ?? "";
  expect(last.startsWith("state: ")).toBe(true);
  return JSON.parse(last.slice("state: ".length)) as Record<string, unknown>;
}

const HEALTHY = lines("def double(x):", "    return x * 2", "y = double(21)");
const HEALTHY_TRACE = lines(
  "state: {}",
  "line: def double(x):",
  'state: {"double": "<callable_object double>"}',
  "line: y = double(21)",
  'state: {"x": 21}',
  "line: return x * 2",
  'state: {"double": "<callable_object double>", "y": 42}',
);

/** After a hostile program, the next one must trace normally. */
async function expectHealthy(): Promise<void> {
  expect(await tracePython(HEALTHY)).toEqual({ trace: HEALTHY_TRACE, steps: 3, error: null });
}

describe("trace format (FORMATS.md §3)", () => {
  test("the example of FORMATS.md, verbatim", async () => {
    const program = lines(
      "def remove_Occ(s,ch):",
      "    for i in range(len(s)):",
      "        if (s[i] == ch):",
      "            s = s[0 : i] + s[i + 1:]",
      "            break",
      "    return s",
      'output = remove_Occ("PHP","P")',
    );
    const trace = lines(
      "state: {}",
      "line: def remove_Occ(s,ch):",
      'state: {"remove_Occ": "<callable_object remove_Occ>"}',
      'line: output = remove_Occ("PHP","P")',
      'state: {"s": "PHP", "ch": "P"}',
      "line: for i in range(len(s)):",
      'state: {"s": "PHP", "ch": "P", "i": 0}',
      "line: if (s[i] == ch):",
      'state: {"s": "PHP", "ch": "P", "i": 0}',
      "line: s = s[0 : i] + s[i + 1:]",
      'state: {"s": "HP", "ch": "P", "i": 0}',
      "line: break",
      'state: {"s": "HP", "ch": "P", "i": 0}',
      "line: return s",
      'state: {"remove_Occ": "<callable_object remove_Occ>", "output": "HP"}',
    );
    expect(await tracePython(program)).toEqual({ trace, steps: 7, error: null });
  });

  test("every value-encoding rule", async () => {
    const program = lines(
      "import collections, math",
      "class Row(list): pass",
      "class Queue(collections.deque): pass",
      "def nest(levels):",
      "    value = []",
      "    for _ in range(levels):",
      "        value = [value]",
      "    return value",
      "none = None",
      "yes, no = True, False",
      "big = 2**100",
      "neg = -7",
      'text = "héllo \\"q\\" \\\\ ✓\\n"',
      'floats = [3.0, 0.1, 1e20, 1e-07, float("inf"), -math.inf, math.nan]',
      "arrays = [[1], (2, 3), collections.deque([4]), Row([5]), Queue([6])]",
      "dd = collections.defaultdict(int)",
      'dd["x"] += 1',
      'od = collections.OrderedDict([(2, "b"), (1, "a")])',
      'counter = collections.Counter("abca")',
      'keys = [{1: "i"}, {2.5: "f"}, {True: "b"}, {None: "n"}, {(1, 2): "t"}, {frozenset([1]): "s"}]',
      "numbers = {3, 1, 2, 10}",
      'letters = frozenset(["b", "a"])',
      'mixed = {"b", 1, (2,)}',
      'reprs = [range(1, 5), b"ab\\x00", bytearray(b"x"), 1 + 2j]',
      "callables = [len, nest, lambda: 0, [].append, print]",
      "module = math",
      "thing = object()",
      "__hidden = 1",
      "at_limit = nest(20)",
      "too_deep = nest(21)",
      "loop = [1]",
      "loop.append(loop)",
      "shared = [0]",
      "twice = [shared, shared]",
    );
    const result = await tracePython(program);
    expect(result.error).toBeNull();
    const nested = (depth: number, inner: string) => "[".repeat(depth) + inner + "]".repeat(depth);
    const state = [
      '"collections": "<module collections>", "math": "<module math>", "Row": "<class Row>", "Queue": "<class Queue>"',
      '"nest": "<callable_object nest>", "none": null, "yes": true, "no": false',
      '"big": 1267650600228229401496703205376, "neg": -7, "text": "héllo \\"q\\" \\\\ ✓\\n"',
      '"floats": [3.0, 0.1, 1e+20, 1e-07, "inf", "-inf", "nan"], "arrays": [[1], [2, 3], [4], [5], [6]]',
      '"dd": {"x": 1}, "od": {"2": "b", "1": "a"}, "counter": {"a": 2, "b": 1, "c": 1}',
      '"keys": [{"1": "i"}, {"2.5": "f"}, {"True": "b"}, {"None": "n"}, {"(1, 2)": "t"}, {"frozenset({1})": "s"}]',
      '"numbers": [1, 10, 2, 3], "letters": ["a", "b"], "mixed": ["b", [2], 1]',
      '"reprs": ["range(1, 5)", "b\'ab\\\\x00\'", "bytearray(b\'x\')", "(1+2j)"]',
      '"callables": ["<callable_object len>", "<callable_object nest>", "<callable_object <lambda>>", "<callable_object append>", "<callable_object print>"]',
      '"module": "<module math>", "thing": "<object object>"',
      // nest(20): the innermost list is 20 levels down, still written; one more is too deep.
      `"at_limit": ${nested(21, "")}, "too_deep": ${nested(21, '"<object list>"')}`,
      '"loop": [1, "<object list>"], "shared": [0], "twice": [[0], [0]]',
    ].join(", ");
    expect(result.trace.split("\n").at(-1)).toBe(`state: {${state}}`);
    const states = result.trace.split("\n").filter((entry) => entry.startsWith("state: "));
    expect(states.some((entry) => entry.includes("__hidden"))).toBe(false);
  });

  test("comprehensions count once, lambdas and generator expressions are left out, generator functions are traced", async () => {
    const program = lines(
      "def gen(n):",
      "    for i in range(n):",
      "        yield i * 2",
      "squares = [x * x for x in range(3)]",
      "grid = {k: [v for v in range(k)] for k in range(3)}",
      "total = sum(x for x in range(3))",
      "inc = lambda y: y + 1",
      "pairs = list(gen(2))",
      'print("printed output is not part of the trace")',
      "z = inc(1)",
    );
    const globals = [
      '"gen": "<callable_object gen>"',
      '"squares": [0, 1, 4]',
      '"grid": {"0": [], "1": [0], "2": [0, 1]}',
      '"total": 3',
      '"inc": "<callable_object <lambda>>"',
      '"pairs": [0, 2]',
      '"z": 2',
    ];
    const upTo = (count: number) => `state: {${globals.slice(0, count).join(", ")}}`;
    const trace = lines(
      "state: {}",
      "line: def gen(n):",
      upTo(1),
      "line: squares = [x * x for x in range(3)]",
      upTo(2),
      "line: grid = {k: [v for v in range(k)] for k in range(3)}",
      upTo(3),
      "line: total = sum(x for x in range(3))",
      upTo(4),
      "line: inc = lambda y: y + 1",
      upTo(5),
      "line: pairs = list(gen(2))",
      'state: {"n": 2}',
      "line: for i in range(n):",
      'state: {"n": 2, "i": 0}',
      "line: yield i * 2",
      'state: {"n": 2, "i": 0}',
      "line: for i in range(n):",
      'state: {"n": 2, "i": 1}',
      "line: yield i * 2",
      'state: {"n": 2, "i": 1}',
      "line: for i in range(n):",
      upTo(6),
      'line: print("printed output is not part of the trace")',
      upTo(6),
      "line: z = inc(1)",
      upTo(7),
    );
    expect(await tracePython(program)).toEqual({ trace, steps: 13, error: null });
  });

  test("class bodies are traced, a for header repeats once per iteration and once more", async () => {
    const program = lines(
      "class Point:",
      "    dims = 2",
      "    def norm(self):",
      "        return self.dims",
      "for k in range(2):",
      "    p = Point()",
      "n = p.norm()",
    );
    const trace = lines(
      "state: {}",
      "line: class Point:",
      "state: {}",
      "line: class Point:",
      "state: {}",
      "line: dims = 2",
      'state: {"dims": 2}',
      "line: def norm(self):",
      'state: {"Point": "<class Point>"}',
      "line: for k in range(2):",
      'state: {"Point": "<class Point>", "k": 0}',
      "line: p = Point()",
      'state: {"Point": "<class Point>", "k": 0, "p": "<object Point>"}',
      "line: for k in range(2):",
      'state: {"Point": "<class Point>", "k": 1, "p": "<object Point>"}',
      "line: p = Point()",
      'state: {"Point": "<class Point>", "k": 1, "p": "<object Point>"}',
      "line: for k in range(2):",
      'state: {"Point": "<class Point>", "k": 1, "p": "<object Point>"}',
      "line: n = p.norm()",
      'state: {"self": "<object Point>"}',
      "line: return self.dims",
      'state: {"Point": "<class Point>", "k": 1, "p": "<object Point>", "n": 2}',
    );
    expect(await tracePython(program)).toEqual({ trace, steps: 11, error: null });
  });

  test("an uncaught exception ends the trace instead of the final state", async () => {
    const program = lines("def f(d):", "    return d['b']", "x = f({'a': 1})");
    const trace = lines(
      "state: {}",
      "line: def f(d):",
      'state: {"f": "<callable_object f>"}',
      "line: x = f({'a': 1})",
      'state: {"d": {"a": 1}}',
      "line: return d['b']",
      "exception: KeyError: 'b'",
    );
    expect(await tracePython(program)).toEqual({
      trace,
      steps: 3,
      error: { kind: "runtime", message: "KeyError: 'b'", line: 2 },
    });
  });

  test("the default step limit stops an endless loop after 1000 line entries", async () => {
    const result = await tracePython("while True: pass");
    expect(result.steps).toBe(1000);
    expect(result.error).toEqual({ kind: "step-limit", message: "StepLimitExceeded: more than 1000 steps", line: 1 });
    const entries = result.trace.split("\n");
    expect(entries).toHaveLength(2001);
    expect(entries.at(-2)).toBe("line: while True: pass");
    expect(entries.at(-1)).toBe("exception: StepLimitExceeded: more than 1000 steps");
  });

  test("a custom step limit, which catching exceptions cannot escape", async () => {
    const program = lines("while True:", "    try:", "        x = 1", "    except BaseException:", "        pass");
    const trace = lines(
      "state: {}",
      "line: while True:",
      "state: {}",
      "line: try:",
      "state: {}",
      "line: x = 1",
      "exception: StepLimitExceeded: more than 3 steps",
    );
    expect(await tracePython(program, { stepLimit: 3 })).toEqual({
      trace,
      steps: 3,
      error: { kind: "step-limit", message: "StepLimitExceeded: more than 3 steps", line: 3 },
    });
  });

  test("a syntax error gives no trace", async () => {
    expect(await tracePython(lines("x = 1", "y = (", "z = 2"))).toEqual({
      trace: "",
      steps: 0,
      error: { kind: "syntax", message: "SyntaxError: '(' was never closed (line 2)", line: 2 },
    });
  });

  test("a program that switches tracing off gets no (incomplete) trace", async () => {
    const result = await tracePython(lines("import sys", "sys.settrace(None)", "x = 1"));
    expect(result.trace).toBe("");
    expect(result.error).toMatchObject({ kind: "runtime", message: expect.stringMatching(/^tracing stopped before the program ended/) });
    await expectHealthy();
  });

  test("deep recursion ends in RecursionError inside the trace", async () => {
    const result = await tracePython(lines("def f(n):", "    return f(n + 1)", "f(0)"), { stepLimit: 5000 });
    expect(result.error).toEqual({ kind: "runtime", message: "RecursionError: maximum recursion depth exceeded", line: 2 });
    expect(result.trace.split("\n").slice(-2)).toEqual(["line: return f(n + 1)", "exception: RecursionError: maximum recursion depth exceeded"]);
    expect(result.steps).toBeGreaterThan(900);
    await expectHealthy();
  });
});

describe("sandbox walls", () => {
  test("programs over the input limit are refused without running", async () => {
    const result = await tracePython(`x = 1\n${"#".repeat(MAX_PROGRAM_CHARS)}`);
    expect(result.error?.kind).toBe("too-long");
    expect(result.trace).toBe("");
  });

  test.each([
    ["sys.settrace(None) then an endless loop", lines("import sys", "sys.settrace(None)", "while True: pass")],
    ["an endless loop with no line events", "total = sum(1 for _ in iter(int, 1))"],
  ])("time limit: %s", async (_name, program) => {
    const started = Date.now();
    const result = await tracePython(program, { timeoutMs: 1500 });
    expect(result.error?.kind).toBe("timeout");
    expect(result.error?.message).toMatch(/Time limit exceeded: the program ran longer than 1\.5 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expectHealthy();
  });

  test("the default time limit is 5 s of wall clock", async () => {
    const started = Date.now();
    const result = await tracePython(lines("import sys", "sys.settrace(None)", "while True: pass"));
    expect(result.error?.message).toMatch(/longer than 5 s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
    await expectHealthy();
  });

  test("an abort signal kills the child", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const result = await tracePython(lines("import sys", "sys.settrace(None)", "while True: pass"), { signal: controller.signal });
    expect(result.error?.kind).toBe("aborted");
    expect(Date.now() - started).toBeLessThan(4000);
    await expectHealthy();
  });

  test.each([
    ["[0] * 10**9", "x = [0] * 10**9", "MemoryError"],
    ["'a' * 10**10 (a size the 32-bit interpreter refuses)", "x = 'a' * 10**10", "OverflowError: cannot fit 'int' into an index-sized integer"],
    [
      "a growing list",
      lines("class Box:", "    pass", "box = Box()", "box.items = []", "while True:", "    box.items.append(' ' * 10**6)"),
      "MemoryError",
    ],
  ])("memory: %s", async (_name, program, exception) => {
    const result = await tracePython(program);
    expect(result.error?.kind).toBe("memory");
    expect(result.trace.split("\n").at(-1)).toBe(`exception: ${exception}`);
    await expectHealthy();
  });

  test("memory: a trace too large to keep", async () => {
    const result = await tracePython(lines("s = 'ab'", "while True:", "    s = s + s"));
    expect(result.error?.kind).toBe("memory");
    expect(result.error?.message).toMatch(/Trace too large/);
    await expectHealthy();
  });

  test.each([
    ["import js", "import js"],
    ["import pyodide_js", "import pyodide_js"],
    ["pyodide.code.run_js", "from pyodide.code import run_js\nrun_js('1')"],
    ["import ctypes", "import ctypes"],
    ["import micropip", "import micropip"],
    ["os.system", "import os\nos.system('touch /tmp/x')"],
    ["os.popen", "import os\nos.popen('id')"],
    ["subprocess", "import subprocess\nsubprocess.run(['id'])"],
    ["os.fork", "import os\nos.fork()"],
    ["os.execv", "import os\nos.execv('/bin/sh', ['sh'])"],
    ["os.kill", "import os\nos.kill(1, 9)"],
    ["socket", "import socket\nsocket.create_connection(('example.com', 80))"],
    ["urllib", "import urllib.request\nurllib.request.urlopen('http://example.com')"],
  ])("forbidden: %s", async (_name, program) => {
    // Importing urllib alone takes seconds on a loaded machine: the verdict, not the clock, is tested.
    const result = await tracePython(program, { timeoutMs: 30_000 });
    expect(result.error?.kind).toBe("forbidden");
    expect(result.error?.message).toMatch(/^Forbidden: .+ is not allowed in the sandbox$/);
    expect(result.trace).toBe("");
    await expectHealthy();
  });

  describe("host files", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "tracer-host-"));
      writeFileSync(join(dir, "secret.txt"), "HOST-SECRET-4711");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("open() sees only Pyodide's in-memory file system", async () => {
      const program = lines(
        `open(${JSON.stringify(join(dir, "created.txt"))}, "w").write("x")`,
        `data = open(${JSON.stringify(join(dir, "secret.txt"))}).read()`,
      );
      const result = await tracePython(program);
      expect(result.error).toMatchObject({ kind: "runtime", message: expect.stringMatching(/^FileNotFoundError/) });
      expect(result.trace).not.toContain("HOST-SECRET");
      expect(existsSync(join(dir, "created.txt"))).toBe(false);
      await expectHealthy();
    });

    test("the JavaScript still within reach does not reach them either", async () => {
      // Pyodide is no sandbox: JavaScript objects stay reachable from Python
      // (here through time.sleep's globals). The Pyodide API, and with it
      // Emscripten's NODEFS, is no longer (the tests above refuse the ways to
      // it), and code generation from strings is off.
      const program = lines(
        "import sys, time",
        "callback = time.sleep.__globals__['scheduleCallback']",
        "finder = [f for f in sys.meta_path if hasattr(f, 'jsproxies')][0]",
        "proxies = sorted(finder.jsproxies)",
        "try:",
        "    callback.constructor('return process')()",
        "    codegen = 'allowed'",
        "except Exception as error:",
        "    codegen = str(error)",
        "try:",
        `    data = open(${JSON.stringify(join(dir, "secret.txt"))}).read()`,
        "except OSError as error:",
        "    data = type(error).__name__",
      );
      const result = await tracePython(program);
      expect(result.error).toBeNull();
      const state = finalState(result);
      expect(state.proxies).toEqual([]);
      expect(state.data).toBe("FileNotFoundError");
      expect(state.codegen).toMatch(/Code generation from strings disallowed/);
      expect(result.trace).not.toContain("HOST-SECRET");
      await expectHealthy();
    });
  });

  test("no network: a socket found through the class graph cannot reach the host", async () => {
    let connections = 0;
    const server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const program = lines(
        "base = [c for c in object.__subclasses__() if c.__module__ == '_socket' and c.__name__ == 'socket'][0]",
        "socket = [c for c in base.__subclasses__() if c.__module__ == 'socket'][0].__init__.__globals__",
        "try:",
        `    socket['create_connection'](('127.0.0.1', ${port}), timeout=2)`,
        "    outcome = 'connected'",
        "except OSError as error:",
        "    outcome = type(error).__name__",
      );
      const result = await tracePython(program);
      expect(result.error).toBeNull();
      expect(finalState(result).outcome).not.toBe("connected");
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
    await expectHealthy();
  });

  test("a poisoned interpreter is never reused", async () => {
    const poison = await tracePython(lines("import builtins", "builtins.range = None", "builtins.len = None"));
    expect(poison.error).toBeNull();
    await expectHealthy();
    const result = await tracePython("n = len(list(range(3)))");
    expect(finalState(result)).toEqual({ n: 3 });
  });

  test("concurrent traces all come back", async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => tracePython(HEALTHY)));
    for (const result of results) expect(result.trace).toBe(HEALTHY_TRACE);
  });
});

// A program must never write its own trace: every attack on the tracer ends in
// a `forbidden` error or in the honest trace of what the program did.
describe("hostile programs cannot forge a trace", () => {
  /** The reproduction: 340,000 forged steps handed to the tracer's emit. */
  const FORGE = (reach: string) =>
    lines(
      "import sys",
      "x = 1",
      `${reach}.emit("state: {}\\nline: FORGED\\n" * 340000 + 'state: {"x": 1}', 340000)`,
    );

  function expectNotForged(result: TraceResult): void {
    expect(result.trace).not.toContain("FORGED");
    expect(result.steps).toBeLessThanOrEqual(1000);
    expect(["forbidden", undefined]).toContain(result.error?.kind);
  }

  async function expectForbidden(program: string, what: RegExp): Promise<void> {
    const result = await tracePython(program);
    expect(result).toMatchObject({ trace: "", steps: 0, error: { kind: "forbidden" } });
    expect(result.error?.message).toMatch(what);
    expect(result.error?.message).toMatch(/^Forbidden: .+ is not allowed in the sandbox$/);
  }

  test.each([
    ["sys._getframe() (the issue's reproduction)", FORGE("sys._getframe().f_back.f_locals['self']"), /sys\._getframe/],
    [
      "frames walked from a nested function",
      lines("import sys", "def deep(n):", "    if n: return deep(n - 1)", "    frame = sys._getframe(0)", "    while frame.f_back: frame = frame.f_back", "deep(5)"),
      /sys\._getframe/,
    ],
    [
      "a traceback's tb_frame, then f_back",
      lines("try:", "    1 / 0", "except Exception as error:", "    frame = error.__traceback__.tb_frame.f_back"),
      /tb_frame/,
    ],
    ["a generator's gi_frame", lines("def gen():", "    yield 1", "g = gen()", "next(g)", "frame = g.gi_frame.f_back"), /gi_frame/],
    ["sys._current_frames()", lines("import sys", "frames = sys._current_frames()"), /sys\._current_frames/],
    ["gc.get_objects()", lines("import gc", "found = [o for o in gc.get_objects() if hasattr(o, 'emit')]"), /gc\.get_objects/],
    ["gc.get_referrers()", lines("import gc", "x = []", "found = gc.get_referrers(x)"), /gc\.get_referrers/],
    ["gc.get_referents()", lines("import gc", "found = gc.get_referents(globals())"), /gc\.get_referents/],
    ["gc.DEBUG_SAVEALL (dead frames in gc.garbage)", lines("import gc", "gc.set_debug(gc.DEBUG_SAVEALL)", "gc.collect()", "found = list(gc.garbage)"), /gc\.set_debug/],
    ["a fresh gc module", lines("import _imp, importlib.machinery", "gc2 = _imp.create_builtin(importlib.machinery.ModuleSpec('gc', None))"), /gc/],
    ["sys.settrace() replacing the tracer", lines("import sys", "sys.settrace(lambda *args: None)", "x = 1"), /sys\.settrace/],
    ["sys.setprofile()", lines("import sys", "sys.setprofile(lambda *args: None)"), /sys\.setprofile/],
    [
      "sys.monitoring callbacks",
      lines("import sys", "sys.monitoring.use_tool_id(2, 'spy')", "sys.monitoring.register_callback(2, sys.monitoring.events.LINE, print)"),
      /sys\.monitoring/,
    ],
    ["a second audit hook", lines("import sys", "sys.addaudithook(lambda event, args: None)"), /sys\.addaudithook/],
    ["a reloaded sys module", lines("import importlib, sys", "importlib.reload(sys)", "frame = sys._getframe()"), /sys\._getframe/],
    [
      "calling the trace function with a made-up frame",
      lines("import sys", "on_call = sys.gettrace()", "local = on_call.__defaults__[-1]", "local(object(), 'line', None)"),
      /tracer/,
    ],
    [
      "rewiring the trace function",
      lines("import sys", "on_call = sys.gettrace()", "on_call.__defaults__ = ('<program>', None)"),
      /tracer/,
    ],
  ])("%s", async (_name, program, what) => {
    await expectForbidden(program, what);
  });

  test("sys.gettrace() gives nothing that leads to the trace", async () => {
    const program = lines(
      "import sys",
      "on_call = sys.gettrace()",
      "local = on_call.__defaults__[-1]",
      "reach = [on_call.__globals__, on_call.__closure__, on_call.__defaults__, local.__globals__, local.__closure__, local.__defaults__]",
      "kinds = sorted({type(v).__name__ for part in reach if part for v in (part.values() if isinstance(part, dict) else part)})",
    );
    const result = await tracePython(program);
    expect(result.error).toBeNull();
    // Empty globals, no closures; defaults: the other callback, sys.audit, names.
    expect(finalState(result).kinds).toEqual(["NoneType", "builtin_function_or_method", "dict", "function", "str"]);
  });

  test("closures of everything in sys.modules and sys.meta_path hold no way to write the trace", async () => {
    // Every cell of every function reachable from a module, a class or a finder:
    // call whatever could be a writer with a forged trace.
    // Compiled under another name, so the search itself is not traced.
    const search = lines(
      "import sys",
      "seen, cells = set(), []",
      "def visit(value, depth=0):",
      "    if id(value) in seen or depth > 3: return",
      "    seen.add(id(value))",
      "    closure = getattr(value, '__closure__', None)",
      "    for cell in closure if type(closure) is tuple else ():",
      "        try: cells.append(cell.cell_contents)",
      "        except ValueError: pass",
      "    for attr in ('__func__', 'find_spec', '__call__'):",
      "        inner = getattr(value, attr, None)",
      "        if inner is not None and inner is not value: visit(inner, depth + 1)",
      "    if isinstance(value, type) or type(value).__name__ == 'module':",
      "        for item in list(vars(value).values()): visit(item, depth + 1)",
      "for module in list(sys.modules.values()): visit(module)",
      "for finder in list(sys.meta_path): visit(finder)",
      "writers = 0",
      "for cell in cells:",
      "    if callable(cell) and type(cell).__name__.startswith('Js'):",
      "        writers += 1",
      "        cell('{\"last\": \"state: {}\\\\nline: FOR' + 'GED\", \"error\": null}\\n')",
    );
    const program = lines(`found = {}`, `exec(compile(${JSON.stringify(search)}, "<search>", "exec"), found)`, "cells = len(found['cells'])");
    const result = await tracePython(program);
    expectNotForged(result);
    if (!result.error) expect(finalState(result).cells).toBeGreaterThan(0);
  });

  test.each([
    ["encode_vars", "sys.modules['encode'].encode_vars = lambda items: '{\"FORGED\": 1}'"],
    ["the encoder's internals", "sys.modules['encode']._encode = lambda value, depth, active, out: out.append('\"FORGED\"')"],
    ["the tracer's private builtins", "sys.modules['tracer'].__builtins__['len'] = lambda value: 'FORGED'"],
    ["the tracer's helpers", "sys.modules['tracer']._exception_text = lambda error: 'FORGED'"],
  ])("monkey-patching %s changes nothing", async (_name, patch) => {
    const result = await tracePython(lines("import sys", patch, "x = [1, 2]", "y = {'k': x}"));
    expect(result.error).toBeNull();
    const states = result.trace.split("\n").filter((entry) => entry.startsWith("state: "));
    expect(states.join("\n")).not.toContain("FORGED");
    expect(result.steps).toBe(4);
    expect(finalState(result)).toEqual({ sys: "<module sys>", x: [1, 2], y: { k: [1, 2] } });
  });

  test("a forged trace through the harden module's entry points is refused", async () => {
    const result = await tracePython(lines("import sys", "sys.modules['harden'].arm(print, print)"));
    expectNotForged(result);
    expect(result.error?.kind).toBe("forbidden");
  });
});

describe("the import wall holds against edits of the import system", () => {
  test.each([
    ["sys.meta_path.pop(0); import js", lines("import sys", "sys.meta_path.pop(0)", "import js")],
    ["sys.meta_path.clear(); import pyodide_js", lines("import sys", "sys.meta_path.clear()", "import pyodide_js")],
    ["sys.meta_path.pop(0); import ctypes", lines("import sys", "sys.meta_path.pop(0)", "import ctypes")],
    ["a removed sys.modules entry", lines("import sys", "sys.modules.pop('socket', None)", "sys.meta_path.pop(0)", "import socket")],
    ["builtins.__import__ replaced", lines("import builtins, importlib._bootstrap as b", "builtins.__import__ = lambda name, *a, **k: b._gcd_import(name)", "import js")],
    ["importlib.import_module", lines("import importlib, sys", "sys.meta_path.pop(0)", "js = importlib.import_module('js')")],
    ["importlib._bootstrap._gcd_import", lines("import importlib._bootstrap as b, sys", "sys.meta_path.pop(0)", "m = b._gcd_import('ctypes')")],
    ["_imp.create_builtin", lines("import _imp, importlib.machinery", "m = _imp.create_builtin(importlib.machinery.ModuleSpec('_ctypes', None))")],
    ["pyodide_js through the JS finder", lines("import sys", "finder = [f for f in sys.meta_path if hasattr(f, 'jsproxies')][0]", "api = finder.jsproxies['pyodide_js']")],
  ])("%s", async (_name, program) => {
    const result = await tracePython(program);
    expect(result.trace).not.toMatch(/<module (js|pyodide_js|ctypes|_ctypes|socket)>/);
    if (result.error?.kind === "forbidden") {
      expect(result.error.message).toMatch(/^Forbidden: .+ is not allowed in the sandbox$/);
    } else {
      expect(result.error).toMatchObject({ kind: "runtime", message: expect.stringMatching(/^(ModuleNotFoundError|ImportError|KeyError)/) });
    }
  });
});

describe("the trace size cap covers every part of a trace", () => {
  test.each([
    ["the final state", "x = 'a' * 8500000"],
    ["an exception's message", "raise ValueError('a' * 8500000)"],
  ])("%s", async (_name, program) => {
    const result = await tracePython(program);
    expect(result).toMatchObject({ trace: "", steps: 0, error: { kind: "memory" } });
    expect(result.error?.message).toMatch(/the program's variables grow past 8 MB/);
  });
});
