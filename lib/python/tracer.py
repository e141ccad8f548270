"""The Python execution trace of FORMATS.md §3, produced with sys.settrace.

`run` hands the result, a dict serialised as JSON, to `finish`, which in the
child writes it out and ends the process, so nothing after a call to it runs
(the `return`s after it only matter for warm_up). Ending the process from
inside the trace function is what makes the step limit and the other stops
final: an exception raised there could be caught by the program, and CPython
switches tracing off after a trace function raises.
"""

import builtins
import dis
import io
import re
import sys

from encode import encode_vars, reply_json

# The program may overwrite names in `builtins` (say `builtins.len = None`):
# its own business, not the tracer's. Functions defined below look builtins up
# in this private copy instead.
__builtins__ = dict(vars(builtins))

FILENAME = "<program>"
_LOAD_FAST_AND_CLEAR = dis.opmap["LOAD_FAST_AND_CLEAR"]
# Bound now: the program may replace attributes of the sys module.
_settrace = sys.settrace
_gettrace = sys.gettrace
_SIZE_OVERFLOW = "cannot fit 'int' into an index-sized integer"


class _Discard(io.TextIOBase):
    """Printed output is not part of the trace; swallow it without growing."""

    def writable(self):
        return True

    def write(self, text):
        return len(text)


def run(source, step_limit, max_chars, finish):
    """Trace `source` and hand the result to `finish(json_text)`."""

    def emit(trace, steps, error=None):
        finish(reply_json({"trace": trace, "steps": steps, "error": error}))

    try:
        code = compile(source, FILENAME, "exec", dont_inherit=True)
    except SyntaxError as error:
        message = f"{type(error).__name__}: {error.msg}"
        if error.lineno is not None:
            message += f" (line {error.lineno})"
        return emit("", 0, _error("syntax", message, error.lineno))
    except (RecursionError, MemoryError, ValueError) as error:
        return emit("", 0, _error("syntax", f"SyntaxError: {_exception_text(error)}", None))
    return _Tracer(source, code, step_limit, max_chars, emit).run()


_WARM_UP_PROGRAM = """
import collections
def f(xs, k):
    seen = {x: [y for y in range(x)] for x in xs}
    for i in range(k):
        seen[i] = (i, 1.5, "s", None, True, {i}, collections.deque([i]))
    return sorted(seen.items(), key=lambda item: item[0])
out = f([1, 2], 3)
"""


def warm_up():
    """Trace a small program once, so the first real trace (a fresh process's
    only one) does not pay for cold code paths on the request's clock."""
    run(_WARM_UP_PROGRAM, 1000, 1_000_000, lambda text: None)


def _error(kind, message, line):
    error = {"kind": kind, "message": message}
    if line is not None:
        error["line"] = line
    return error


def _exception_text(error):
    try:
        message = str(error)
    except Exception:
        message = "<exception str() failed>"
    # One trace line per entry: keep the message on it.
    message = message.replace("\r", "\\r").replace("\n", "\\n")
    name = type(error).__name__
    return f"{name}: {message}" if message else name


class _Tracer:
    def __init__(self, source, code, step_limit, max_chars, emit):
        self.lines = re.split(r"\r\n|\r|\n", source)
        self.code = code
        self.step_limit = step_limit
        self.max_chars = max_chars
        self.emit = emit
        self.entries = []
        self.chars = 0
        self.steps = 0
        self.line = None
        self.local_tracers = {}  # id(code) -> (code, tracer), code kept alive

    def run(self):
        module_vars = {"__name__": "__main__", "__builtins__": builtins}
        sys.stdout = sys.stderr = _Discard()
        sys.stdin = io.StringIO("")
        on_call = self.on_call
        _settrace(on_call)
        try:
            exec(self.code, module_vars)
        except BaseException as error:
            still_tracing = _gettrace() == on_call
            _settrace(None)
            # Near the recursion limit the trace function itself runs out of
            # frames; CPython then switches tracing off and the RecursionError
            # goes on in the program. Uncaught, it ends the trace like any
            # error, and nothing is missing.
            if not still_tracing and not isinstance(error, RecursionError):
                return self.end_untraced()
            return self.end_traced_error(error, _program_line(error.__traceback__) or self.line)
        still_tracing = _gettrace() == on_call
        _settrace(None)
        if not still_tracing:
            return self.end_untraced()
        return self.end_with_state(module_vars)

    # --- sys.settrace callbacks -------------------------------------------

    def on_call(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename != FILENAME:
            return None
        cached = self.local_tracers.get(id(code))
        if cached is None or cached[0] is not code:
            cached = (code, self.local_tracer_for(code))
            self.local_tracers[id(code)] = cached
        return cached[1]

    def local_tracer_for(self, code):
        name = code.co_name
        if name.startswith("<") and name != "<module>":
            return None  # lambdas, generator expressions
        skip = _comprehension_offsets(code)
        on_line = self.on_line

        def local_tracer(frame, event, arg):
            # Line 0: code with no source line (an empty program's return).
            if event == "line" and frame.f_lasti not in skip and frame.f_lineno:
                on_line(frame)
            return local_tracer

        return local_tracer

    def on_line(self, frame):
        if self.steps == self.step_limit:
            return self.end_step_limit()
        try:
            if frame.f_code is self.code:
                state = encode_vars(frame.f_globals.items())
            else:
                state = encode_vars(frame.f_locals.items())
            lineno = frame.f_lineno
            self.line = lineno
            text = self.lines[lineno - 1].strip() if lineno <= len(self.lines) else ""
            entry = f"state: {state}\nline: {text}"
        except MemoryError:
            return self.end_traced_error(MemoryError(), self.line)
        except RecursionError:
            raise  # the program is at the limit: see run()
        except BaseException as error:
            return self.emit("", 0, _error("sandbox", f"tracer failed: {_exception_text(error)}", None))
        self.steps += 1
        self.entries.append(entry)
        self.chars += len(entry) + 1
        if self.chars > self.max_chars:
            return self.emit(
                "",
                0,
                _error("memory", f"Trace too large: over {self.max_chars:,} characters of variables and lines", self.line),
            )

    # --- endings --------------------------------------------------------------

    def trace_with(self, last):
        return "\n".join([*self.entries, last])

    def end_with_state(self, module_vars):
        try:
            final = "state: " + encode_vars(module_vars.items())
        except MemoryError:
            return self.end_traced_error(MemoryError(), self.line)
        return self.emit(self.trace_with(final), self.steps)

    def end_traced_error(self, error, line):
        text = _exception_text(error)
        if isinstance(error, MemoryError):
            kind, message = "memory", f"{text} (the sandbox allows 256 MiB)"
        elif isinstance(error, OverflowError) and str(error) == _SIZE_OVERFLOW:
            # 'a' * 10**10: a MemoryError on 64-bit CPython; Pyodide's 32-bit
            # CPython refuses the size before trying to allocate it.
            kind, message = "memory", f"{text} (a size beyond what the 32-bit interpreter can allocate)"
        else:
            kind, message = "runtime", text
        return self.emit(self.trace_with(f"exception: {text}"), self.steps, _error(kind, message, line))

    def end_step_limit(self):
        text = f"StepLimitExceeded: more than {self.step_limit} steps"
        return self.emit(self.trace_with(f"exception: {text}"), self.steps, _error("step-limit", text, self.line))

    def end_untraced(self):
        message = (
            "tracing stopped before the program ended (the program called sys.settrace, "
            "or recursed to the limit and caught the RecursionError), so there is no trace"
        )
        return self.emit("", 0, _error("runtime", message, self.line))


def _program_line(traceback):
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == FILENAME:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


# --- comprehensions -----------------------------------------------------------
# Since 3.12 comprehensions run inside the enclosing frame, and each iteration
# jumps back and reports the line again. FORMATS.md counts a comprehension's
# line once per time its statement is reached, so line events raised inside a
# comprehension's loop are left out.
#
# The bytecode marks the loop: after evaluating its first iterable (once, in
# the enclosing scope), an inlined comprehension saves its loop variables with
# LOAD_FAST_AND_CLEAR, which carries the comprehension's source span; the
# instructions from there on within that span are the loop (nested
# comprehensions included). No other construct emits LOAD_FAST_AND_CLEAR.


def _comprehension_offsets(code):
    ops = code.co_code[::2]  # one opcode per 2-byte code unit (caches are 0)
    start = ops.find(_LOAD_FAST_AND_CLEAR)
    if start < 0:
        return frozenset()
    positions = list(code.co_positions())
    offsets = set()
    while start >= 0:
        node = positions[start]
        index = start
        while index < len(ops) and _within(positions[index], node):
            offsets.add(index * 2)
            index += 1
        start = ops.find(_LOAD_FAST_AND_CLEAR, index + 1)
    return frozenset(offsets)


def _within(inner, outer):
    line, end_line, col, end_col = inner
    if line is None or col is None:
        return True  # no position of its own: part of what surrounds it
    if outer[0] is None or outer[2] is None:
        return False
    return (outer[0], outer[2]) <= (line, col) and (end_line, end_col) <= (outer[1], outer[3])
