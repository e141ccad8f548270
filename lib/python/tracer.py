"""The Python execution trace of FORMATS.md §3, produced with sys.settrace.

The traced program runs in this interpreter, so nothing that writes the trace
may be reachable from it. `install` (called once per child by harden.arm, on a
private copy of this module's code) keeps everything in closures that only an
audit hook and the returned `run` hold, and the hook refuses every way to see
frames or closures from outside (sys._getframe, tb_frame, gi_frame, gc, a
second trace function or audit hook). The sys.settrace callbacks the program
can get with sys.gettrace() hold nothing: they only raise an audit event, and
the hook does the work.

The hook ends the process (through `finish`) for a forbidden operation, the
step limit and the end of the program: an exception raised there could be
caught by the program, and CPython switches tracing off after a trace
function raises.
"""

import builtins
import dis
import re
import sys
from types import FrameType, FunctionType, SimpleNamespace, TracebackType

from encode import encode_vars, reply_json

# The program may overwrite names in `builtins` (say `builtins.len = None`):
# its own business, not the tracer's. Functions defined below look builtins up
# in this private copy instead.
__builtins__ = dict(vars(builtins))

FILENAME = "<program>"
LINE_EVENT = "scratchpad.line"
FORBIDDEN_EVENT = "scratchpad.forbidden"
CALL_EVENT = "scratchpad.call"
_LOAD_FAST_AND_CLEAR = dis.opmap["LOAD_FAST_AND_CLEAR"]
# Bound now: the program may replace attributes of the sys module.
_settrace = sys.settrace
_gettrace = sys.gettrace
_audit = sys.audit
_addaudithook = sys.addaudithook
_SIZE_OVERFLOW = "cannot fit 'int' into an index-sized integer"
# Batches of entries sent to the parent while the program runs.
_SEND_CHARS = 1 << 20

# Audit events refused while a program may run: each hands out frames, other
# objects' references or a second trace function (and with them the tracer's
# state), or starts, signals or loads native code. Not "sys.settrace": CPython
# raises it itself when it switches tracing off (a trace function that hit the
# recursion limit); the program only has harden's stand-in, which refuses
# anything but None.
_REFUSED_EVENTS = {
    "sys._getframe": "sys._getframe()",
    "sys._current_frames": "sys._current_frames()",
    "sys._current_exceptions": "sys._current_exceptions()",
    "gc.get_objects": "gc.get_objects()",
    "gc.get_referrers": "gc.get_referrers()",
    "gc.get_referents": "gc.get_referents()",
    "sys.setprofile": "sys.setprofile()",
    "sys.monitoring.register_callback": "sys.monitoring.register_callback()",
    "sys.addaudithook": "sys.addaudithook()",
    "sys.remote_exec": "sys.remote_exec()",
    "os.system": "os.system()",
    "os.exec": "os.exec*()",
    "os.posix_spawn": "os.posix_spawn()",
    "os.spawn": "os.spawn*()",
    "os.fork": "os.fork()",
    "os.forkpty": "os.forkpty()",
    "os.kill": "os.kill()",
    "os.killpg": "os.killpg()",
    "subprocess.Popen": "subprocess",
}
_FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"})


def cap_message(max_chars):
    return f"Trace too large: the program's variables grow past {max_chars / 1_000_000:g} MB ({max_chars:,} characters of trace)"


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


def _callbacks(line_event):
    """The sys.settrace callbacks. The program can get them (sys.gettrace()),
    so they hold nothing but `line_event`, in defaults (which the audit hook
    keeps from being replaced), and have empty globals."""

    def on_call(frame, event, arg, _filename=None, _local=None):
        if frame.f_code.co_filename != _filename:
            return None
        return _local

    def on_local(frame, event, arg, _line=None, _name=None):
        # Returning None keeps this function as the frame's tracer.
        if event == "line":
            _line(_name, frame)

    local = FunctionType(on_local.__code__, {"__builtins__": {}}, "on_local", (None, line_event, LINE_EVENT))
    call = FunctionType(on_call.__code__, {"__builtins__": {}}, "on_call", (None, FILENAME, local))
    return call, local


def _program_codes(code):
    """id -> (code, offsets whose line events are left out, or None for code
    that is not traced): the program's own code objects, nothing compiled later."""
    found = {}
    pending = [code]
    while pending:
        current = pending.pop()
        name = current.co_name
        if name.startswith("<") and name != "<module>":
            skip = None  # lambdas, generator expressions
        else:
            skip = _comprehension_offsets(current)
        found[id(current)] = (current, skip)
        pending.extend(const for const in current.co_consts if type(const) is type(code))
    return found


def _trace(source, step_limit, max_chars, output, callbacks, own):
    """Prepare the trace of `source`: `entry_out(text)` for each step, then
    `end_out(last, error)` once. Returns (on_line, state, run), or None when
    it ended already (a syntax error). `own[0]` is set while the tracer makes
    an audited call itself."""
    entry_out, end_out = output
    try:
        code = compile(source, FILENAME, "exec", dont_inherit=True)
    except SyntaxError as error:
        message = f"{type(error).__name__}: {error.msg}"
        if error.lineno is not None:
            message += f" (line {error.lineno})"
        return end_out("", _error("syntax", message, error.lineno))
    except (RecursionError, MemoryError, ValueError) as error:
        return end_out("", _error("syntax", f"SyntaxError: {_exception_text(error)}", None))

    lines = re.split(r"\r\n|\r|\n", source)
    codes = _program_codes(code)
    on_call = callbacks[0]
    state = {"steps": 0, "chars": 0, "line": None}

    def end_traced_error(error, line):
        text = _exception_text(error)
        if isinstance(error, MemoryError):
            kind, message = "memory", f"{text} (the sandbox allows 256 MiB)"
        elif isinstance(error, OverflowError) and str(error) == _SIZE_OVERFLOW:
            # 'a' * 10**10: a MemoryError on 64-bit CPython; Pyodide's 32-bit
            # CPython refuses the size before trying to allocate it.
            kind, message = "memory", f"{text} (a size beyond what the 32-bit interpreter can allocate)"
        else:
            kind, message = "runtime", text
        return end_with(f"exception: {text}", _error(kind, message, line))

    def end_with(last, error):
        # The last part counts against the cap like every entry before it.
        if state["chars"] + len(last) > max_chars:
            return end_out("", _error("memory", cap_message(max_chars), state["line"]))
        return end_out(last, error)

    def on_line(frame):
        current = codes.get(id(frame.f_code))
        if current is None or current[0] is not frame.f_code or current[1] is None:
            return
        # Line 0: code with no source line (an empty program's return).
        if frame.f_lasti in current[1] or not frame.f_lineno:
            return
        if state["steps"] == step_limit:
            text = f"StepLimitExceeded: more than {step_limit} steps"
            return end_with(f"exception: {text}", _error("step-limit", text, state["line"]))
        try:
            if frame.f_code is code:
                variables = encode_vars(frame.f_globals.items())
            else:
                variables = encode_vars(frame.f_locals.items())
            lineno = frame.f_lineno
            state["line"] = lineno
            text = lines[lineno - 1].strip() if lineno <= len(lines) else ""
            entry = f"state: {variables}\nline: {text}"
        except MemoryError:
            return end_traced_error(MemoryError(), state["line"])
        except RecursionError:
            raise  # the program is at the limit: see below
        except BaseException as error:
            return end_out("", _error("sandbox", f"tracer failed: {_exception_text(error)}", None))
        state["steps"] += 1
        state["chars"] += len(entry) + 1
        if state["chars"] > max_chars:
            return end_out("", _error("memory", cap_message(max_chars), state["line"]))
        entry_out(entry)

    def program_line(error):
        traceback = error.__traceback__  # may run program code: not privileged
        line = None
        if type(traceback) is not TracebackType:
            return line
        own[0] = True
        try:
            while traceback is not None:
                if traceback.tb_frame.f_code.co_filename == FILENAME:
                    line = traceback.tb_lineno
                traceback = traceback.tb_next
        finally:
            own[0] = False
        return line

    def stop_tracing():
        own[0] = True
        try:
            still_tracing = _gettrace() is on_call
            _settrace(None)
        finally:
            own[0] = False
        return still_tracing

    def run():
        module_vars = {"__name__": "__main__", "__builtins__": builtins}
        own[0] = True
        try:
            _settrace(on_call)
        finally:
            own[0] = False
        try:
            exec(code, module_vars)
        except BaseException as error:
            still_tracing = stop_tracing()
            # Near the recursion limit the trace function itself runs out of
            # frames; CPython then switches tracing off and the RecursionError
            # goes on in the program. Uncaught, it ends the trace like any
            # error, and nothing is missing.
            if not still_tracing and not isinstance(error, RecursionError):
                return end_untraced()
            return end_traced_error(error, program_line(error) or state["line"])
        if not stop_tracing():
            return end_untraced()
        try:
            final = "state: " + encode_vars(module_vars.items())
        except MemoryError:
            return end_traced_error(MemoryError(), state["line"])
        return end_with(final, None)

    def end_untraced():
        message = (
            "tracing stopped before the program ended (the program called sys.settrace, "
            "or recursed to the limit and caught the RecursionError), so there is no trace"
        )
        return end_out("", _error("runtime", message, state["line"]))

    return on_line, state, run


def install(send, finish, walls):
    """Install the audit hook that guards and runs the child's one trace.
    `send(text)` writes protocol lines, `finish(text)` writes the last ones and
    ends the process. Returns `run(source, step_limit, max_chars)`, which ends
    the process too. `walls` (harden.arm): the blocked modules, and the
    stand-ins harden put in place of functions with the originals they call
    through CALL_EVENT. No classes here: the program can list every class
    (object.__subclasses__()), and with a method, its closure and globals."""
    blocked_modules = walls["blocked_modules"]
    blocked_prefixes = walls["blocked_prefixes"]
    loaded_builtins = walls["loaded_builtins"]
    recursion_limit = walls["recursion_limit"]
    originals = dict(walls["originals"])
    own = [False]
    current = {"on_line": None, "state": None}
    pending = []
    pending_chars = [0]
    callbacks = _callbacks(_audit)
    # Functions whose defaults or code must not change: the trace callbacks
    # and harden's stand-ins (kept alive by the modules they replace into).
    protected = frozenset(id(function) for function in (*callbacks, *walls["wrappers"]))

    def entry(text):
        line = reply_json(text)
        pending.append(line)
        pending_chars[0] += len(line) + 1
        if pending_chars[0] >= _SEND_CHARS:
            send("\n".join(pending) + "\n")
            pending.clear()
            pending_chars[0] = 0

    def end(last, error):
        current["on_line"] = None
        pending.append(reply_json({"last": last, "error": error}))
        finish("\n".join(pending) + "\n")

    def forbidden(what):
        state = current["state"]
        line = state["line"] if state is not None else None
        current["on_line"] = None
        pending.clear()
        error = _error("forbidden", f"Forbidden: {what} is not allowed in the sandbox", line)
        finish(reply_json({"last": "", "error": error}) + "\n")

    def blocked(name):
        top = name.partition(".")[0]
        return top in blocked_modules or top.startswith(blocked_prefixes)

    def hook(event, args):
        if event == LINE_EVENT:
            if len(args) != 1 or type(args[0]) is not FrameType:
                return forbidden("calling the tracer")
            on_line = current["on_line"]
            if on_line is not None:
                on_line(args[0])
            return None
        if own[0]:
            return None
        what = _REFUSED_EVENTS.get(event)
        if what is not None:
            return forbidden(what)
        if event == "import":
            if type(args[0]) is str and blocked(args[0]):
                return forbidden(f"import {args[0]}")
        elif event == "object.__getattr__":
            if args[1] in _FRAME_ATTRIBUTES:
                return forbidden(f"reading {args[1]}")
        elif event == "object.__setattr__":
            if id(args[0]) in protected:
                return forbidden("changing the tracer")
        elif event == CALL_EVENT:
            return call_original(*args)
        elif event == FORBIDDEN_EVENT:
            return forbidden(args[0] if args and type(args[0]) is str else "this operation")
        elif event.startswith("ctypes."):
            return forbidden("ctypes")
        return None

    def call_original(name, value, out):
        if name == "gc.set_debug":
            flags = int(value)
            # gc.garbage would hand the program dead frames, and their f_back.
            if flags & 32:  # gc.DEBUG_SAVEALL
                return forbidden("gc.set_debug(gc.DEBUG_SAVEALL)")
            return originals[name](flags)
        if name == "_imp.create_builtin":
            module = value.name
            if type(module) is not str:
                raise TypeError("spec.name must be a str")
            # A fresh copy of a loaded module would come without the stand-ins.
            if module in loaded_builtins or blocked(module):
                return forbidden(f"import {module}")
            # A spec of our own: the program's could answer .name differently twice.
            out.append(originals[name](SimpleNamespace(name=module, origin="built-in")))
            return None
        if name in ("sys.settrace", "sys._settraceallthreads"):
            if value is not None:
                return forbidden(f"{name}()")
            return originals[name](None)
        if name == "sys.setrecursionlimit":
            return originals[name](min(int(value), recursion_limit))
        return forbidden("calling the tracer")

    def run(source, step_limit, max_chars):
        traced = _trace(source, step_limit, max_chars, (entry, end), callbacks, own)
        if traced is None:
            return None  # ended already (a syntax error)
        on_line, state, start = traced
        current["state"] = state
        current["on_line"] = on_line
        return start()

    _addaudithook(hook)
    return run


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
    handler = []

    def line_event(name, frame):
        handler[0](frame)

    output = (reply_json, lambda last, error: None)
    on_line, _state, start = _trace(_WARM_UP_PROGRAM, 1000, 1_000_000, output, _callbacks(line_event), [False])
    handler.append(on_line)
    start()


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
