"""Python-side hardening, applied once before a child accepts its program.

This is not the sandbox: Pyodide objects stay reachable through the garbage
collector, and the walls that hold are the child's OS namespaces and Node's
permission model (see sandbox.ts). What this adds is a clear "forbidden" error
instead of an obscure failure, and removing the easy ways out: the modules that
reach JavaScript (js, pyodide*), native code (ctypes), processes, sockets, and
the os functions that start or signal processes or end the interpreter.
"""

import builtins
import os
import posix
import signal
import sys

from encode import reply_json
from tracer import FILENAME

# The program may overwrite names in `builtins` (say `builtins.len = None`):
# its own business, not the tracer's. Functions defined below look builtins up
# in this private copy instead.
__builtins__ = dict(vars(builtins))

_getframe = sys._getframe

BLOCKED_MODULES = {
    "js", "pyodide_js", "ctypes", "_ctypes", "micropip",
    "subprocess", "_posixsubprocess", "multiprocessing", "_multiprocessing",
    "socket", "_socket", "ssl", "_ssl", "asyncio", "_asyncio",
}
BLOCKED_PREFIXES = ("pyodide", "_pyodide")
_OS_NAMES = {"system", "popen", "fork", "forkpty", "kill", "killpg", "abort", "_exit"}
_OS_PREFIXES = ("exec", "spawn", "posix_spawn")
_SIGNAL_NAMES = ("raise_signal", "pthread_kill")
# CPython's default. Deeper recursion through built-in functions (map, sorted
# with a key, __eq__) overflows Pyodide's wasm stack at about 1,300 levels and
# kills the interpreter instead of raising RecursionError.
RECURSION_LIMIT = 1000


def _blocked(name):
    top = name.partition(".")[0]
    return top in BLOCKED_MODULES or top.startswith(BLOCKED_PREFIXES)


def apply(finish):
    """Install the walls; `finish(json_text)` reports a forbidden operation and ends the child."""

    def forbidden(what):
        line = _program_line()
        error = {"kind": "forbidden", "message": f"Forbidden: {what} is not allowed in the sandbox"}
        if line is not None:
            error["line"] = line
        finish(reply_json({"trace": "", "steps": 0, "error": error}))

    class BlockingFinder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if _blocked(name):
                forbidden(f"import {name}")
            return None

    for name in [name for name in sys.modules if _blocked(name)]:
        del sys.modules[name]
    sys.meta_path.insert(0, BlockingFinder)

    def stub(qualified):
        def refuse(*args, **kwargs):
            forbidden(f"{qualified}()")

        refuse.__name__ = qualified.rpartition(".")[2]
        return refuse

    for module, label in ((os, "os"), (posix, "os")):
        for name in dir(module):
            if name in _OS_NAMES or name.startswith(_OS_PREFIXES):
                setattr(module, name, stub(f"{label}.{name}"))
    for name in _SIGNAL_NAMES:
        if hasattr(signal, name):
            setattr(signal, name, stub(f"signal.{name}"))

    set_limit = sys.setrecursionlimit

    def setrecursionlimit(limit):
        set_limit(min(limit, RECURSION_LIMIT))

    set_limit(RECURSION_LIMIT)
    sys.setrecursionlimit = setrecursionlimit


def _program_line():
    frame = _getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == FILENAME:
            return frame.f_lineno
        frame = frame.f_back
    return None
