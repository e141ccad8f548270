"""Value encoding of FORMATS.md §3: one JSON text per variable value.

Runs inside the tracer while tracing is suspended, so program code it triggers
(__repr__, __name__, __eq__ through sorting) is not traced; anything that code
raises degrades the value to "<object TYPE>" instead of breaking the trace.

Speed matters (every line event encodes every variable, and Python in wasm is
slow), so containers of plain values go to the C JSON encoder, which writes
them exactly as the format wants; everything else takes the Python path.
"""

import builtins
import collections
import json
import sys
from math import isfinite, isnan
from types import ModuleType

# The program may overwrite names in `builtins` (say `builtins.len = None`):
# its own business, not the tracer's. Functions defined below look builtins up
# in this private copy instead.
__builtins__ = dict(vars(builtins))

MAX_DEPTH = 20

_str_json = json.encoder.c_encode_basestring
_ARRAYS = (list, tuple, collections.deque)
_SETS = (set, frozenset)
_CONTAINERS = (dict, *_ARRAYS, *_SETS)
_REPR_AS_STRING = (range, bytes, bytearray, complex)
_STR_KEYS = (int, float, type(None))  # bool is an int

# What the C encoder writes exactly as the format does. Not bool or None keys
# (it writes "true"/"null" where the format wants "True"/"None"), not
# subclasses, and inf/nan or ints over 4300 digits make it raise ValueError.
_PLAIN_SCALARS = frozenset({str, int, float, bool, type(None)})
_PLAIN_KEYS = frozenset({str, int, float})
_PLAIN_CONTAINERS = frozenset({list, tuple, dict})
_PLAIN_LEVELS = 2  # nesting the fast path checks (e.g. a matrix)


def _refuse(value):
    raise TypeError(type(value).__name__)


def _c_encoder_with(encode_string):
    # json's C encoder, made once: json.dumps would rebuild it on every call.
    return json.encoder.c_make_encoder(None, _refuse, encode_string, None, ": ", ", ", False, False, False)


_c_encoder = _c_encoder_with(_str_json)
# The child's reply: ASCII only, so lone surrogates in program strings survive.
_reply_encoder = _c_encoder_with(json.encoder.c_encode_basestring_ascii)
_get_int_max_str_digits = sys.get_int_max_str_digits
_set_int_max_str_digits = sys.set_int_max_str_digits


def reply_json(result):
    """The JSON text of the child's result dict (plain values only)."""
    return "".join(_reply_encoder(result, 0))


def encode_vars(names_values):
    """The JSON object text of (name, value) pairs, leaving out `__` names."""
    out = ["{"]
    for name, value in list(names_values):
        if name.startswith("__"):
            continue
        if len(out) > 1:
            out.append(", ")
        out.append(_str_json(name))
        out.append(": ")
        _encode(value, 0, set(), out)
    out.append("}")
    return "".join(out)


def _encode(value, depth, active, out):
    kind = type(value)
    if kind is str:
        out.append(_str_json(value))
    elif kind is int:
        out.append(_int_text(value))
    elif kind is bool:
        out.append("true" if value else "false")
    elif value is None:
        out.append("null")
    elif kind is float:
        out.append(_float_text(value))
    elif kind in _PLAIN_CONTAINERS and depth + _PLAIN_LEVELS <= MAX_DEPTH and _plain(value, kind, _PLAIN_LEVELS):
        try:
            out.append("".join(_c_encoder(value, 0)))
        except ValueError:
            _container(value, kind, depth, active, out)
    elif issubclass(kind, _CONTAINERS):
        _container(value, kind, depth, active, out)
    elif issubclass(kind, int):
        out.append(_int_text(value))
    elif issubclass(kind, float):
        out.append(_float_text(value))
    elif issubclass(kind, str):
        out.append(_str_json(str.__str__(value)))
    elif issubclass(kind, _REPR_AS_STRING):
        # The base type's repr: no program code runs for a subclass.
        base = next(base for base in _REPR_AS_STRING if issubclass(kind, base))
        out.append(_str_json(base.__repr__(value)))
    else:
        out.append(_str_json(_describe(value)))


def _plain(value, kind, levels):
    """True when the C encoder writes `value` exactly (and, with finite
    levels, it cannot contain itself)."""
    if kind is dict:
        if not _PLAIN_KEYS.issuperset(map(type, value)):
            return False
        items = value.values()
    else:
        items = value
    kinds = set(map(type, items))
    if _PLAIN_SCALARS.issuperset(kinds):
        return True
    if levels == 1 or not (_PLAIN_SCALARS | _PLAIN_CONTAINERS).issuperset(kinds):
        return False
    return all(type(item) in _PLAIN_SCALARS or _plain(item, type(item), levels - 1) for item in items)


def _container(value, kind, depth, active, out):
    # Containers found too deep or on their own path are named, not expanded.
    key = id(value)
    if depth > MAX_DEPTH or key in active:
        out.append(_str_json(f"<object {kind.__name__}>"))
        return
    mark = len(out)
    active.add(key)
    try:
        if issubclass(kind, dict):
            out.append("{")
            for index, (item_key, item) in enumerate(list(value.items())):
                if index:
                    out.append(", ")
                out.append(_str_json(_key_text(item_key)))
                out.append(": ")
                _encode(item, depth + 1, active, out)
            out.append("}")
        else:
            items = sorted(value, key=repr) if issubclass(kind, _SETS) else list(value)
            out.append("[")
            for index, item in enumerate(items):
                if index:
                    out.append(", ")
                _encode(item, depth + 1, active, out)
            out.append("]")
    except MemoryError:
        raise
    except Exception:
        # Program code (a __repr__ or a mutating __eq__) failed mid-way.
        del out[mark:]
        out.append(_str_json(f"<object {kind.__name__}>"))
    finally:
        active.discard(key)


def _key_text(key):
    if isinstance(key, str):
        return str.__str__(key)
    if isinstance(key, _STR_KEYS):
        return _int_text(key) if type(key) is int else str(key)
    return repr(key)


def _int_text(value):
    try:
        return int.__repr__(value)
    except ValueError:
        # Python refuses str() of ints over 4300 digits by default; the format
        # wants them exact, so lift the limit for this one conversion.
        limit = _get_int_max_str_digits()
        _set_int_max_str_digits(0)
        try:
            return int.__repr__(value)
        finally:
            _set_int_max_str_digits(limit)


def _float_text(value):
    if isfinite(value):
        return float.__repr__(value)
    if isnan(value):
        return '"nan"'
    return '"inf"' if value > 0 else '"-inf"'


def _describe(value):
    try:
        if isinstance(value, type):
            return f"<class {value.__name__}>"
        if callable(value):
            name = getattr(value, "__name__", None)
            if not isinstance(name, str):
                name = type(value).__name__
            return f"<callable_object {name}>"
        if isinstance(value, ModuleType):
            return f"<module {value.__name__}>"
    except MemoryError:
        raise
    except Exception:
        pass
    return f"<object {type(value).__name__}>"
