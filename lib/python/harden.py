"""Python-side walls, applied once before a child accepts its program.

Pyodide is not a sandbox, and the walls that keep the host safe are the
child's OS namespaces and Node's permission model (see sandbox.ts). These keep
the trace honest and the refused imports refused:

- `arm` runs a fresh, private copy of encode.py and tracer.py, which installs
  the audit hook (tracer.install): the program cannot reach the copy's
  functions, globals or state, and patching the public modules changes nothing;
- imports of the modules in BLOCKED_MODULES end in `forbidden` (the hook sees
  every import the import statement makes), and what would load them anyway,
  with the import system taken apart, is gone: the JavaScript modules are
  unregistered (child.mjs) and `_imp.create_builtin` refuses built-in modules
  that are blocked or already loaded (a fresh copy would undo the stubs below);
- the os and signal functions that start, signal or end processes raise
  `forbidden`, and so do gc.set_debug(gc.DEBUG_SAVEALL), which would hand the
  program dead frames through gc.garbage, and sys.settrace with a function
  (which would be handed frames); sys.settrace(None) switches tracing off.
"""

import _imp
import builtins
import gc
import io
import os
import posix
import signal
import sys

import encode
import tracer

BLOCKED_MODULES = frozenset({
    "js", "pyodide_js", "ctypes", "_ctypes", "micropip",
    "subprocess", "_posixsubprocess", "multiprocessing", "_multiprocessing",
    "socket", "_socket", "ssl", "_ssl", "asyncio", "_asyncio",
    "_remote_debugging",
})
# _testcapi and _testinternalcapi are built into Pyodide and reach the
# interpreter's internals.
BLOCKED_PREFIXES = ("pyodide", "_pyodide", "_test", "_xxtest")
_OS_NAMES = {"system", "popen", "fork", "forkpty", "kill", "killpg", "abort", "_exit"}
_OS_PREFIXES = ("exec", "spawn", "posix_spawn")
_SIGNAL_NAMES = ("raise_signal", "pthread_kill")
# CPython's default. Deeper recursion through built-in functions (map, sorted
# with a key, __eq__) overflows Pyodide's wasm stack at about 1,300 levels and
# kills the interpreter instead of raising RecursionError.
RECURSION_LIMIT = 1000

# Compiled while the snapshot is made (its file system is not part of it).
_CODES = {}
for _module in (encode, tracer):
    with open(_module.__file__, encoding="utf-8") as _file:
        _CODES[_module.__name__] = compile(_file.read(), _module.__file__, "exec")
del _module, _file


class _Discard(io.TextIOBase):
    """Printed output is not part of the trace; swallow it without growing."""

    def writable(self):
        return True

    def write(self, text):
        return len(text)


def warm_up():
    tracer.warm_up()


def arm(send, finish):
    """Wall the interpreter off and install the private tracer; returns its
    `run(source, step_limit, max_chars)`. See tracer.install for `send` and
    `finish`."""
    encoder = {"__name__": "scratchpad_encode"}
    exec(_CODES["encode"], encoder)
    private = {"__name__": "scratchpad_tracer"}
    exec(_CODES["tracer"], private)
    # The copy imported the public encoder by name; it uses the private one.
    private["encode_vars"] = encoder["encode_vars"]
    private["reply_json"] = encoder["reply_json"]
    originals, wrappers = _wall_off()
    walls = {
        "blocked_modules": BLOCKED_MODULES,
        "blocked_prefixes": BLOCKED_PREFIXES,
        "loaded_builtins": frozenset(name for name in sys.builtin_module_names if name in sys.modules),
        "recursion_limit": RECURSION_LIMIT,
        "originals": originals,
        "wrappers": wrappers,
    }
    return private["install"](send, finish, walls)


def _blocked(name):
    top = name.partition(".")[0]
    return top in BLOCKED_MODULES or top.startswith(BLOCKED_PREFIXES)


class _BlockingFinder:
    """A clear `forbidden` for importlib.import_module, which raises no audit
    event; taking it out of sys.meta_path only turns that into ImportError."""

    @staticmethod
    def find_spec(name, path=None, target=None, _audit=sys.audit):
        if type(name) is str and _blocked(name):
            _audit(tracer.FORBIDDEN_EVENT, f"import {name}")
        return None


# Stand-ins for functions the program must not call freely. The program can
# read a function's closure, defaults and globals, so they hold no original:
# they raise an audit event, and the hook (tracer.install), which holds the
# originals, checks the arguments and calls them. `out` carries a result back.


def _stub(qualified):
    def refuse(*args, _audit=sys.audit, _event=tracer.FORBIDDEN_EVENT, _what=f"{qualified}()", **kwargs):
        _audit(_event, _what)

    refuse.__name__ = qualified.rpartition(".")[2]
    return refuse


def _set_debug(flags, _audit=sys.audit, _event=tracer.CALL_EVENT):
    _audit(_event, "gc.set_debug", flags, None)


def _create_builtin(spec, _audit=sys.audit, _event=tracer.CALL_EVENT):
    out = []
    _audit(_event, "_imp.create_builtin", spec, out)
    return out[0]


def _settrace(function, _audit=sys.audit, _event=tracer.CALL_EVENT):
    _audit(_event, "sys.settrace", function, None)


def _settraceallthreads(function, _audit=sys.audit, _event=tracer.CALL_EVENT):
    _audit(_event, "sys._settraceallthreads", function, None)


def _setrecursionlimit(limit, _audit=sys.audit, _event=tracer.CALL_EVENT):
    _audit(_event, "sys.setrecursionlimit", limit, None)


def _wall_off():
    """Remove and stub; returns the originals the stand-ins replace and the stand-ins."""
    for name in [name for name in sys.modules if _blocked(name)]:
        del sys.modules[name]
    sys.meta_path.insert(0, _BlockingFinder)
    wrappers = [_set_debug, _create_builtin, _settrace, _settraceallthreads, _setrecursionlimit, _BlockingFinder.find_spec]
    for module, label in ((os, "os"), (posix, "os")):
        for name in dir(module):
            if name in _OS_NAMES or name.startswith(_OS_PREFIXES):
                wrappers.append(_stub(f"{label}.{name}"))
                setattr(module, name, wrappers[-1])
    for name in _SIGNAL_NAMES:
        if hasattr(signal, name):
            wrappers.append(_stub(f"signal.{name}"))
            setattr(signal, name, wrappers[-1])
    originals = {
        "gc.set_debug": gc.set_debug,
        "_imp.create_builtin": _imp.create_builtin,
        "sys.settrace": sys.settrace,
        "sys._settraceallthreads": sys._settraceallthreads,
        "sys.setrecursionlimit": sys.setrecursionlimit,
    }
    gc.set_debug = _set_debug
    _imp.create_builtin = _create_builtin
    sys.setrecursionlimit = _setrecursionlimit
    sys.settrace = _settrace
    sys._settraceallthreads = _settraceallthreads
    # The public tracer's copy of the original (the private one keeps its own).
    tracer._settrace = None
    originals["sys.setrecursionlimit"](RECURSION_LIMIT)
    sys.stdout = sys.stderr = _Discard()
    sys.stdin = io.StringIO("")
    return originals, tuple(wrappers)
