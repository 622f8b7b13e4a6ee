"""JavaScript semantics that Python does not share, for code compiled from TypeScript.

Each helper does what the JavaScript built-in of the same name does, for the values the
compiled code can pass it. The compiler uses a helper only where plain Python would behave
differently; every helper is tested against Node (test/compiler/runtime.test.ts).
"""
from __future__ import annotations

import functools
import itertools
import json
import array
import bisect
import decimal
import math
import os
import re
import struct
import sys
import time
import traceback
import types
import unicodedata
import weakref
from typing import TYPE_CHECKING, Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Tuple, TypeVar, Union, cast

if __package__:
    from . import js_fdlibm
else:  # imported as a top-level module, as the runtime's own tests do
    import js_fdlibm  # type: ignore[no-redef]

if TYPE_CHECKING:
    # Only for the type checker: Python 3.8's typing has no TypeGuard or TypeIs, and nothing imports them at run time.
    from typing_extensions import TypeGuard, TypeIs

Number = Union[int, float]
_T = TypeVar("_T")

# The characters String.prototype.trim removes (WhiteSpace and LineTerminator in ECMA-262).
JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
MAX_SAFE_INTEGER = 9007199254740991


class JsError(Exception):
    """JavaScript's Error: an exception with a `message`, and a `name` its class gives (a subclass inherits
    "Error" unless it sets its own, as Error.prototype.name does in JavaScript)."""

    name: Any = "Error"
    message: Any = ""  # Error.prototype.message, read where the constructor was given no message
    cause: Any = None  # undefined unless new Error(message, { cause }) gave one
    stack: Any  # only where the program sets one (`this.stack = …`); js_error_stack reads it, else builds it
    # Python's BaseException.args (a descriptor that keeps a tuple) is no member of JavaScript's Error:
    # a subclass's field `args` (`this.args = ["a"]`) is an ordinary attribute, undefined until set.
    # str(), repr() and pickling read the exception's own arguments, which __init__ still passes.
    args: Any = None

    # JSON.stringify prints none of an Error's own properties (stack, and what _js_hidden names) but
    # those the program adds: a subclass's fields, and `name`, `message`, `cause` set where the
    # constructor did not make them its own (see _json_instance_members).
    _js_fields = ((None, "_js_hidden", "undefined"), (None, "stack", "undefined"))

    def __init__(self, message: Any = None, options: Any = None) -> None:
        text = "" if message is None else js_str(message)
        super().__init__(text)
        hidden: List[str] = []
        # new Error(message): `message` is an own property, not enumerable, only when one is given.
        if message is not None:
            self.message = text
            hidden.append("message")
        # new Error(message, { cause }): `cause` is an own property only when the options hold one.
        if isinstance(options, dict) and "cause" in options:
            self.cause = options["cause"]
            hidden.append("cause")
        if hidden:
            self._js_hidden = tuple(hidden)


class JsTypeError(JsError, TypeError):
    """JavaScript's TypeError; Python's own TypeErrors are caught by `instanceof TypeError` too."""

    name: Any = "TypeError"


class JsRangeError(JsError, ValueError):
    """JavaScript's RangeError (toFixed(101), "x".repeat(-1))."""

    name: Any = "RangeError"


# `instanceof RangeError`: JavaScript's stack overflow is a RangeError, Python's a RecursionError.
JS_RANGE_ERRORS = (JsRangeError, RecursionError)


class JsSyntaxError(JsError, ValueError):
    """JavaScript's SyntaxError: what JSON.parse throws for text that is not JSON."""

    name: Any = "SyntaxError"


class JsURIError(JsError, ValueError):
    """JavaScript's URIError: what encodeURIComponent throws for a lone surrogate, and
    decodeURIComponent for a malformed percent-encoding."""

    name: Any = "URIError"


def js_is_number(value: Any) -> TypeIs[Union[int, float]]:
    """typeof value === "number" (Python's bool is an int; JavaScript's boolean is not a number).

    TypeIs, so that type checkers narrow both ways (`number | string`: a str where it is false), as
    TypeScript's typeof does."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _normalize(value: Number) -> Number:
    """Integral floats as ints, so that ports and indexes stay ints in Python APIs."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= MAX_SAFE_INTEGER:
        if value == 0 and math.copysign(1.0, value) < 0:
            return value  # keep -0
        return int(value)
    return value


def _shortest_digits(value: float) -> "tuple[str, int]":
    """Digits and decimal exponent n of a positive float: value = 0.DIGITS × 10^n, digits shortest round-trip."""
    mantissa, _, exponent_text = repr(value).partition("e")
    exponent = int(exponent_text) if exponent_text else 0
    integer_part, _, fraction_part = mantissa.partition(".")
    all_digits = integer_part + fraction_part
    point = len(integer_part) + exponent
    stripped = all_digits.lstrip("0")
    point -= len(all_digits) - len(stripped)
    return (stripped.rstrip("0") or "0"), point


def _number_to_string(value: Number) -> str:
    """Number.prototype.toString() for radix 10 (ECMA-262 Number::toString)."""
    if isinstance(value, int) and abs(value) < 10**21:
        return str(value)
    number = float(value)
    if number != number:
        return "NaN"
    if number == 0:
        return "0"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    sign = "-" if number < 0 else ""
    digits, n = _shortest_digits(abs(number))
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    exponent = n - 1
    exponent_text = ("+" if exponent >= 0 else "-") + str(abs(exponent))
    if k == 1:
        return sign + digits + "e" + exponent_text
    return sign + digits[0] + "." + digits[1:] + "e" + exponent_text


# The arrays being joined now (by id): V8's join gives "" for an array already on its way to text,
# so an array that holds itself is "1,2," where a plain recursion would raise RecursionError.
_JOINING: "set[int]" = set()


def _join_items(items: Sequence[Any], glue: str) -> str:
    key = id(items)
    if key in _JOINING:
        return ""
    _JOINING.add(key)
    try:
        return glue.join("" if item is None else js_str(item) for item in items)
    finally:
        _JOINING.discard(key)


_LIST_ITERATOR = type(iter([]))


def js_str(value: Any, none: str = "null") -> str:
    """String(value). null and undefined are both None here: the compiler passes "undefined" as
    `none` where the type says the value can only be undefined."""
    if value is None:
        return none
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return _number_to_string(value)
    if isinstance(value, (list, tuple)):
        return _join_items(value, ",")
    if isinstance(value, BaseException):
        # Error.prototype.toString, unless the class has its own (the compiler marks it `_js_to_string`).
        own = getattr(value, "_js_to_string", None)
        return _error_to_string(value) if own is None else js_str(own())
    if isinstance(value, JsMap):
        return "[object Map]"  # Object.prototype.toString names the class, also inside an array
    if isinstance(value, dict):
        return "[object Object]"
    if isinstance(value, JsSet):
        return "[object Set]"  # Object.prototype.toString names the class, also inside an array
    # A class instance or an object literal: its own toString() (a class's, inherited or not), else
    # Object.prototype.toString's "[object Object]", never Python's repr.
    if isinstance(value, JsRegExp):
        return str(value)  # RegExp.prototype.toString: /source/flags
    if isinstance(value, types.GeneratorType):
        return "[object Generator]"  # Object.prototype.toString of a generator object
    if isinstance(value, JsLabelledIterator):
        return value.label
    if isinstance(value, _LIST_ITERATOR):
        return "[object Array Iterator]"  # array.values()
    # A class's own toString() (inherited or not): the compiler marks it `_js_to_string`.
    to_string = getattr(value, "_js_to_string", None)
    if callable(to_string):
        return js_str(to_string())
    if callable(value):
        # JavaScript gives a function's source, which Python does not have; the compiler refuses this
        # where the type shows a function, this is for one reached through `object` or `unknown`.
        raise JsTypeError("turning a function into text is not supported: JavaScript gives its source")
    return "[object Object]"


def js_object_to_string(value: Any) -> str:
    """`super.toString()` where no class of the program's chain has its own: Error.prototype.toString
    for an Error, else Object.prototype.toString."""
    return _error_to_string(value) if isinstance(value, BaseException) else "[object Object]"


def js_error_name(error: Any) -> Any:
    """error.name: what our errors' classes (or the program) set; a Python exception the program did not raise
    itself is named for its class, TypeError for Python's TypeErrors (`instanceof TypeError` catches them too)."""
    if isinstance(error, JsError):
        return error.name
    if isinstance(error, TypeError):
        return "TypeError"
    if isinstance(error, RecursionError):
        return "RangeError"  # JavaScript's stack overflow
    return type(error).__name__


def js_class_name(instance: Any) -> str:
    """instance.constructor.name: the name of the instance's own class as the TypeScript source wrote
    it; a class the compiler renamed (`list` is `list_`) carries that name as `__js_name__`, read from
    the class itself, never inherited from a base."""
    cls = type(instance)
    return cls.__dict__.get("__js_name__", cls.__name__)


def js_set_getter_only(name: str, holder: str, static: bool = False) -> None:
    """A write to a class's property that has a getter and no setter: TypeError in JavaScript's strict
    code (every module is), where Python's property raises AttributeError. V8 names the object that
    holds the getter: for an instance's, the class's prototype, `#<Shape>` for Shape's getter,
    whatever the instance's class; for a static one, the class itself, which V8 prints as its
    JavaScript source text (`class Shape { static get size() { … } }`, as the tool that emitted it
    wrote it), given here as its heading, `class Shape extends Base { … }`."""
    raise JsTypeError(f"Cannot set property {name} of {holder if static else f'#<{holder}>'} which has only a getter")


def _error_to_string(error: BaseException) -> str:
    """Error.prototype.toString: "name: message", or whichever of the two is not empty."""
    name = js_error_name(error)
    name_text = "Error" if name is None else js_str(name)
    message = js_error_message(error)
    if name_text == "":
        return message
    if message == "":
        return name_text
    return f"{name_text}: {message}"


def js_error_message(error: Any) -> str:
    """error.message for our errors and for any Python exception."""
    message = getattr(error, "message", None)
    if isinstance(message, str):
        return message
    if isinstance(error, RecursionError):
        # Python's text differs between 3.8, 3.11 and 3.13 ("… while calling a Python object", "… in comparison").
        return "Maximum call stack size exceeded"
    return str(error)


# The compiler's line map beside this file (transpiler/src/source-map.ts writes it): Python module
# in this package → its TypeScript file and where the TypeScript line changes. Read on first use.
_SOURCE_MAP_FILE = "js_source_map.json"
_source_map: Optional[Dict[str, Any]] = None


def _package_directory() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def _load_source_map() -> Dict[str, Any]:
    global _source_map
    if _source_map is None:
        try:
            with open(os.path.join(_package_directory(), _SOURCE_MAP_FILE), encoding="utf-8") as file:
                loaded = json.load(file)
            _source_map = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            _source_map = {}  # no map (a package compiled without one): Python locations only
    return _source_map


def _typescript_location(python_file: str, python_line: int) -> Optional[str]:
    """`src/file.ts:LINE` for a line of a compiled module of this package, else None."""
    relative = os.path.relpath(os.path.abspath(python_file), _package_directory())
    entry = _load_source_map().get(relative.replace(os.sep, "/"))
    if not isinstance(entry, dict):
        return None
    deltas = entry.get("lines", [])
    python, typescript, found = 0, 0, 0
    for index in range(0, len(deltas) - 1, 2):
        python += deltas[index]
        if python > python_line:
            break
        typescript += deltas[index + 1]
        found = typescript
    return f"{entry.get('source')}:{found}" if found > 0 else None


def _python_location(python_file: str, python_line: int) -> str:
    library = os.path.dirname(_package_directory())
    path = os.path.abspath(python_file)
    shown = os.path.relpath(path, library).replace(os.sep, "/") if path.startswith(library + os.sep) else python_file
    return f"{shown}:{python_line}"


def js_error_stack(error: Any) -> str:
    """error.stack: the error, then one line per frame from where it was raised out to where it was caught
    (innermost first, as Node lists them), naming the TypeScript line of each compiled frame beside its Python one.
    A `stack` the program set itself (`this.stack = …`, a field) is what it reads back, as in JavaScript."""
    own = getattr(error, "__dict__", {}).get("stack")
    if own is not None:
        return own
    lines = [js_str(error)]
    frames = traceback.extract_tb(error.__traceback__) if isinstance(error, BaseException) else []
    for frame in reversed(frames):
        line = frame.lineno or 0
        python = _python_location(frame.filename, line)
        source = _typescript_location(frame.filename, line)
        lines.append(f"    at {frame.name} ({python})" if source is None else f"    at {frame.name} ({source}) [{python}]")
    return "\n".join(lines)


def js_truthy(value: Optional[_T]) -> TypeGuard[_T]:
    """JavaScript truthiness: only false, 0, NaN, "" and null/undefined are false; [] and {} are true.
    A type guard for the checker: a truthy value is not None, so `value if js_truthy(value) else other`
    and `(cache[k] ||= make())` are the value's type, not Optional (nothing is said of a falsy one)."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0 and value == value
    if isinstance(value, str):
        return value != ""
    return True


def js_typeof(value: Any, none_is_undefined: bool = False) -> str:
    """typeof value. None is null ("object") unless the compiler, from the type, says it is undefined."""
    if value is None:
        return "undefined" if none_is_undefined else "object"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if callable(value):
        return "function"
    return "object"


def js_object_is(left: Any, right: Any) -> bool:
    """Object.is(left, right): `===`, except that NaN is NaN and +0 is not -0."""
    if js_is_number(left) and js_is_number(right):
        if left != left or right != right:
            return left != left and right != right
        if left == 0 and right == 0:
            return math.copysign(1.0, left) == math.copysign(1.0, right)
        return left == right
    return js_strict_equals(left, right)


def js_strict_equals(left: Any, right: Any) -> bool:
    """left === right for values of unknown type."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if js_is_number(left) and js_is_number(right):
        return left == right
    if isinstance(left, str) and isinstance(right, str):
        return left == right
    return left is right


def js_element(sequence: Optional[Sequence[Any]], index: Any) -> Any:
    """sequence[index]: undefined (None) outside the sequence, never counted from the end."""
    if sequence is None:
        raise TypeError("Cannot read properties of null")
    if not js_is_number(index) or not float(index).is_integer():
        return None
    position = int(index)
    if 0 <= position < len(sequence):
        return sequence[position]
    return None


# re.ASCII: Python's \d also matches other scripts' digits ("1\u0661" would read as 11), JavaScript's does not.
_DECIMAL = re.compile(r"^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)$", re.ASCII)
_PREFIXED = re.compile(r"^0([xXoObB])([0-9a-fA-F]+)$")


def js_set_element(items: List[Any], index: Number, value: Any) -> None:
    """items[index] = value: past the end the array grows (holes read as undefined), as in JavaScript."""
    if not isinstance(index, int):
        if not (isinstance(index, float) and index.is_integer() and index >= 0):
            raise TypeError(f"array index {js_str(index)}: only whole, non-negative indexes can be compiled")
        index = int(index)
    if index < 0:
        raise TypeError(f"array index {index}: only whole, non-negative indexes can be compiled")
    if index >= len(items):
        items.extend([None] * (index - len(items) + 1))
    items[index] = value


def js_store_item(container: Any, key: Any, value: Any) -> Any:
    """container[key] = value as an expression (`(groups[key] ??= [])`): the value written; an array grows past its end."""
    if isinstance(container, list):
        js_set_element(container, key, value)
    else:
        container[key] = value
    return value


def js_store_attribute(target: Any, attribute: str, value: Any) -> Any:
    """target.attribute = value as an expression (`(this.cache ??= make())`): the value written, through any setter."""
    setattr(target, attribute, value)
    return value


def js_number(value: Any, none: Number = 0) -> Number:
    """Number(value). null and undefined are both None here: the compiler passes NaN as `none`
    where the type says the value can only be undefined."""
    if value is None:
        return none
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip(JS_WHITESPACE)
        if text == "":
            return 0
        if text in ("Infinity", "+Infinity"):
            return math.inf
        if text == "-Infinity":
            return -math.inf
        prefixed = _PREFIXED.match(text)
        if prefixed is not None:
            base = {"x": 16, "o": 8, "b": 2}[prefixed.group(1).lower()]
            try:
                return _double(int(prefixed.group(2), base))
            except ValueError:
                return math.nan
        if _DECIMAL.match(text) is not None:
            return _normalize(float(text))
        return math.nan
    if isinstance(value, list):
        # Number(array) is Number(String(array)): the elements joined by commas, null and undefined
        # as "" (so [null] is 0, [[5]] is 5, [1, 2] is NaN).
        return js_number(js_str(value))
    if isinstance(value, type) or (callable(value) and getattr(value, "_js_to_string", None) is None):
        # A function's or a class's source text, which is never a number (a class with its own
        # toString has the marker on the class too, which is no instance's).
        return math.nan
    # Any other object is the number its text reads as (ToPrimitive: Object's valueOf gives the object
    # itself, then toString, a class's own or "[object Object]"): NaN, unless the class's own
    # toString() gives a number's text.
    return js_number(js_str(value))


def js_is_integer(value: Any) -> bool:
    """Number.isInteger(value)."""
    return js_is_number(value) and math.isfinite(value) and float(value).is_integer()


def js_is_safe_integer(value: Any) -> bool:
    return js_is_integer(value) and abs(value) <= MAX_SAFE_INTEGER


def js_is_finite(value: Any) -> bool:
    """Number.isFinite(value): no conversion."""
    return js_is_number(value) and math.isfinite(value)


def js_is_nan(value: Any) -> bool:
    """Number.isNaN(value): no conversion."""
    return js_is_number(value) and value != value


def js_is_nan_coerced(value: Any) -> bool:
    """The global isNaN(value), which converts first."""
    number = js_number(value)
    return number != number


def js_is_finite_coerced(value: Any) -> bool:
    return math.isfinite(js_number(value))


_INT_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def js_parse_int(value: Any, radix: Any = None) -> Number:
    """parseInt(text, radix): the longest valid prefix, NaN when there is none."""
    text = js_str(value).lstrip(JS_WHITESPACE)
    sign = 1
    if text[:1] in ("+", "-"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    # ECMA-262: the radix is ToInt32 (parseInt("11", 2 ** 32 + 16) reads base 16).
    base = 0 if radix is None else _to_int32(radix)
    if base == 0:
        base = 10
        if text[:2] in ("0x", "0X"):
            base = 16
            text = text[2:]
    elif base == 16 and text[:2] in ("0x", "0X"):
        text = text[2:]
    if base < 2 or base > 36:
        return math.nan
    digits = ""
    for character in text:
        # Only ASCII letters are digits: Python's lower() also folds the Kelvin sign (U+212A) to "k".
        if "A" <= character <= "Z":
            character = chr(ord(character) + 32)
        if character in _INT_DIGITS[:base]:
            digits += character
        else:
            break
    if digits == "":
        return math.nan
    if base == 10 and len(digits) > 300:
        # Past 300 digits int() may meet Python's limit on decimal digits (4,300 from 3.8.14 on, even
        # for leading zeros); float() has none and rounds the same (correctly), to Infinity past 2^1024.
        magnitude: Number = _normalize(float(digits))
    else:
        # V8 skips leading zeros before it cuts the digits into 32-bit parts: the cut decides the rounding.
        magnitude = int(digits, base) if base in (2, 4, 8, 10, 16, 32) else _approximate_int(digits.lstrip("0") or "0", base)
    if magnitude == 0 and sign < 0:
        return -0.0  # parseInt("-0") is -0
    return _double(sign * magnitude)


def _approximate_int(digits: str, base: int) -> Number:
    """V8's parseInt for the radixes where the spec allows an approximation: 32-bit parts
    accumulated in a double (exact below 2^53, rounding as V8 rounds above)."""
    if len(digits) <= 10:
        return int(digits, base)
    limit = 0xFFFFFFFF // 36
    result = 0.0
    index = 0
    while index < len(digits):
        part = 0
        multiplier = 1
        while index < len(digits) and multiplier * base <= limit:
            part = part * base + int(digits[index], base)
            multiplier *= base
            index += 1
        result = result * multiplier + part
    return _normalize(result)


_FLOAT_PREFIX = re.compile(r"^[+-]?(?:Infinity|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)", re.ASCII)


def js_parse_float(value: Any) -> Number:
    """parseFloat(text)."""
    match = _FLOAT_PREFIX.match(js_str(value).lstrip(JS_WHITESPACE))
    if match is None:
        return math.nan
    text = match.group(0)
    if text.endswith("Infinity"):
        return -math.inf if text.startswith("-") else math.inf
    return _normalize(float(text))


def js_round(value: Number) -> Number:
    """Math.round: halves round up (towards +Infinity), unlike Python's round(); large values stay doubles."""
    if isinstance(value, int) or not math.isfinite(value):
        return value
    floor = math.floor(value)
    result = floor + 1 if value - floor >= 0.5 else floor
    if result == 0 and (value < 0 or math.copysign(1.0, value) < 0):
        return -0.0  # Math.round(-0.4) is -0
    # math.floor gives an exact int: past 2^53 it must go back to the double it came from.
    return _integral(float(result))


def js_min(*values: Number) -> Number:
    if any(value != value for value in values):
        return math.nan
    # -0 is less than 0 here, as in JavaScript (Python's min keeps the first of two equal values).
    return min(values, key=lambda value: (value, math.copysign(1.0, value) if value == 0 else 0.0)) if values else math.inf


def js_max(*values: Number) -> Number:
    if any(value != value for value in values):
        return math.nan
    return max(values, key=lambda value: (value, math.copysign(1.0, value) if value == 0 else 0.0)) if values else -math.inf


def js_divide(left: Number, right: Number) -> Number:
    """left / right: Infinity or NaN on a division by zero, as in JavaScript."""
    if right == 0:
        if left == 0 or left != left:
            return math.nan
        negative = (left < 0) != (math.copysign(1.0, right) < 0)
        return -math.inf if negative else math.inf
    return _normalize(left / right)


def js_remainder(left: Number, right: Number) -> Number:
    """left % right: the sign of the dividend, as in JavaScript."""
    if right == 0 or not math.isfinite(left) or right != right:
        return math.nan
    if math.isinf(right):
        return left
    if isinstance(left, int) and isinstance(right, int):
        remainder = abs(left) % abs(right)
        if left < 0:
            return -remainder if remainder != 0 else -0.0  # -4 % 2 is -0
        return remainder
    return _normalize(math.fmod(left, right))


_TWO_53 = 9007199254740992


def _double(value: Number) -> Number:
    """A number as a JavaScript double holds it: an int past 2^53 rounds as a double would."""
    if isinstance(value, int) and (value > _TWO_53 or value < -_TWO_53):
        try:
            return float(value)
        except OverflowError:  # past the largest double (parseInt of 309+ digits): Infinity, as in V8
            return math.inf if value > 0 else -math.inf
    return value


def js_plus(left: Number, right: Number, *more: Number) -> Number:
    """left + right on numbers: Python's ints are exact past 2^53, JavaScript's doubles round. A
    chain `a + b + c` is one call, js_plus(a, b, c), added from the left: nested calls, one per
    term, made Python 3.8's parser give up past about 90 terms (MemoryError at import)."""
    total = _double(left + right)
    for term in more:
        total = _double(total + term)
    return total


def js_minus(left: Number, right: Number, *more: Number) -> Number:
    """left - right, and `a - b - c` as js_minus(a, b, c), from the left."""
    total = _double(left - right)
    for term in more:
        total = _double(total - term)
    return total


def _times(left: Number, right: Number) -> Number:
    product = left * right
    if product == 0 and isinstance(product, int) and (left < 0 or right < 0):
        return -0.0
    return _double(product)


def js_times(left: Number, right: Number, *more: Number) -> Number:
    """left * right: rounded past 2^53, and -0 where JavaScript gives it (0 * -5); `a * b * c` as
    js_times(a, b, c), from the left."""
    product = _times(left, right)
    for factor in more:
        product = _times(product, factor)
    return product


def js_negate(value: Number) -> Number:
    """-value: -0 for 0, as in JavaScript."""
    if isinstance(value, int) and value == 0:
        return -0.0
    return -value


def js_power(base: Number, exponent: Number) -> Number:
    """base ** exponent and Math.pow as V8 computes them (fdlibm's pow, see js_fdlibm): the same
    double as Node, where Python's ** and math.pow give complex numbers, raise, stay exact past
    2^53 or round the last bit differently."""
    if isinstance(base, int) and isinstance(exponent, int) and exponent >= 0 and exponent * abs(base).bit_length() <= 128:
        # V8's pow is exact wherever the integer power is at most 2^53 (checked for every such
        # power by test/compiler/fdlibm-bits.test.ts), and Python's int power is 80 times faster.
        power = base**exponent
        if -_TWO_53 <= power <= _TWO_53:
            return power
    return _normalize(js_fdlibm.pow(float(base), float(exponent)))


def _integral(value: float) -> Number:
    if value == 0 and math.copysign(1.0, value) < 0:
        return -0.0
    return _double(int(value))


def js_floor(value: Number) -> Number:
    """Math.floor: Infinity and NaN stay, -0 stays, large values stay doubles."""
    if isinstance(value, int) or not math.isfinite(value) or value == 0:
        return value
    return _integral(float(math.floor(value)))


def js_ceil(value: Number) -> Number:
    if isinstance(value, int) or not math.isfinite(value) or value == 0:
        return value
    result = math.ceil(value)
    return -0.0 if result == 0 and value < 0 else _integral(float(result))


def js_trunc(value: Number) -> Number:
    if isinstance(value, int) or not math.isfinite(value):
        return value
    result = math.trunc(value)
    return -0.0 if result == 0 and (value < 0 or math.copysign(1.0, value) < 0) else _integral(float(result))


def js_sign(value: Number) -> Number:
    """Math.sign: -1, 0 (keeping -0), 1, or NaN."""
    if value != value or value == 0:
        return value
    return 1 if value > 0 else -1


def js_sqrt(value: Number) -> Number:
    """Math.sqrt: NaN for a negative number, where Python raises."""
    if value != value or value < 0:
        return math.nan
    return _normalize(math.sqrt(value))


def _fdlibm_function(function: Callable[[float], float]) -> Callable[[Number], Number]:
    """Math.sin and the other one-argument transcendental functions as V8 computes them (js_fdlibm):
    Python's math module calls the C library, whose last bit differs for a few percent of arguments,
    and raises where JavaScript gives NaN or Infinity."""

    def helper(value: Number) -> Number:
        return _normalize(function(float(value)))

    helper.__name__ = "js_" + function.__name__
    return helper


js_sin = _fdlibm_function(js_fdlibm.sin)
js_cos = _fdlibm_function(js_fdlibm.cos)
js_tan = _fdlibm_function(js_fdlibm.tan)
js_asin = _fdlibm_function(js_fdlibm.asin)
js_acos = _fdlibm_function(js_fdlibm.acos)
js_atan = _fdlibm_function(js_fdlibm.atan)
js_exp = _fdlibm_function(js_fdlibm.exp)
js_expm1 = _fdlibm_function(js_fdlibm.expm1)
js_log = _fdlibm_function(js_fdlibm.log)
js_log1p = _fdlibm_function(js_fdlibm.log1p)
js_log2 = _fdlibm_function(js_fdlibm.log2)
js_log10 = _fdlibm_function(js_fdlibm.log10)
js_cbrt = _fdlibm_function(js_fdlibm.cbrt)
js_sinh = _fdlibm_function(js_fdlibm.sinh)
js_cosh = _fdlibm_function(js_fdlibm.cosh)
js_tanh = _fdlibm_function(js_fdlibm.tanh)
js_asinh = _fdlibm_function(js_fdlibm.asinh)
js_acosh = _fdlibm_function(js_fdlibm.acosh)
js_atanh = _fdlibm_function(js_fdlibm.atanh)


def js_atan2(y: Number, x: Number) -> Number:
    """Math.atan2 as V8 computes it (js_fdlibm)."""
    return _normalize(js_fdlibm.atan2(float(y), float(x)))


# No value at all: a hole of a live walk's entry list, or an argument left out (told apart from one given as undefined, None).
_ABSENT: Any = object()

_ASTRAL = re.compile("[\\U00010000-\\U0010ffff]")
_SURROGATE = re.compile("[\\ud800-\\udfff]")
_UTF16 = "utf-16-be" if sys.byteorder == "big" else "utf-16-le"


def _units(text: str) -> str:
    """text with one character per UTF-16 code unit, as JavaScript indexes it: the text itself
    unless it holds a character outside the BMP (an emoji), which becomes its two surrogates."""
    if text.isascii():  # O(1): CPython keeps the flag
        return text
    return _units_of_long(text) if len(text) >= _CACHED_LENGTH else _units_of(text)


def _units_of(text: str) -> str:
    if not _astral_positions(text):  # the places a unicode regexp's positions also ask for, kept once
        return text
    return "".join(map(chr, array.array("H", text.encode(_UTF16, "surrogatepass"))))


# A loop over a long text's code units (`for (i < s.length) s.charCodeAt(i)`) asks for its units at
# every step: scanning (and for an emoji, re-encoding) the whole text each time made the loop
# quadratic (40,000 units with an é every 1,000: 7.8 s on Python 3.11; an emoji: 60 s). The last
# few long texts keep theirs: a str is immutable, and its hash is kept in the object, so a lookup of
# the same text is a pointer compare. Bounded, so nothing grows: 4 texts (a loop walks one or two at a time).
_CACHED_LENGTH = 64
_units_of_long = functools.lru_cache(maxsize=4)(_units_of)


def _astral_positions(text: str) -> List[int]:
    """Where the characters outside the BMP stand in text (code-point positions), in order; cached for long texts."""
    return _astral_positions_of_long(text) if len(text) >= _CACHED_LENGTH else _astral_positions_of(text)


def _astral_positions_of(text: str) -> List[int]:
    return [found.start() for found in _ASTRAL.finditer(text)]


_astral_positions_of_long = functools.lru_cache(maxsize=4)(_astral_positions_of)


def _text(units: str) -> str:
    """Back from code units: surrogate pairs become the character they encode."""
    if units.isascii() or _SURROGATE.search(units) is None:
        return units
    return units.encode(_UTF16, "surrogatepass").decode(_UTF16, "surrogatepass")


_SURROGATE_PAIR = re.compile("[\\ud800-\\udbff][\\udc00-\\udfff]")


# A JavaScript string is UTF-16 code units: a high surrogate followed by a low one IS the astral
# character they encode, however the two came together. Python's str holds code points, where the
# two halves side by side would be two characters, unequal to the emoji. So every string the
# compiled code holds keeps the one form Python itself gives the emoji: no high surrogate right
# before a low one. Strings only come apart at a join, so joins are where pairs are merged.


def js_string_add(left: str, right: str) -> str:
    """left + right as JavaScript joins them: a high surrogate ending `left` and a low one starting
    `right` become the one character they encode. The compiler calls this only where it cannot see
    that one side has no surrogate at that end (plain `+` otherwise)."""
    if right and "\udc00" <= right[0] <= "\udfff" and left and "\ud800" <= left[-1] <= "\udbff":
        return left[:-1] + chr(0x10000 + ((ord(left[-1]) - 0xD800) << 10) + (ord(right[0]) - 0xDC00)) + right[1:]
    return left + right


def js_halves_meet(left: str, right: str) -> bool:
    """Whether `left` ends with a high surrogate and `right` starts with a low one. `text += piece`
    compiles to `text = js_string_add(text, piece) if js_halves_meet(text, piece) else text + piece`:
    the plain `text + piece` stored back into `text` is the one CPython appends to in place, where a
    call would copy `text` at every step (100,000 one-character appends: 3 ms with `+=`, 83 ms
    through js_string_add, 15 to 40 ms this way, on Python 3.8, 3.11 and 3.13)."""
    return bool(right) and "\udc00" <= right[0] <= "\udfff" and bool(left) and "\ud800" <= left[-1] <= "\udbff"


def _joined(text: str) -> str:
    """The result of joining several strings at once, surrogate pairs met at the seams merged."""
    if text.isascii() or _SURROGATE_PAIR.search(text) is None:
        return text
    return _text(text)


def _has_surrogate(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


def js_from_char_code(*codes: Any) -> str:
    """String.fromCharCode(...codes): each code as one UTF-16 unit (ToUint16), pairs merged."""
    return _joined("".join(chr(_to_uint32(code) & 0xFFFF) for code in codes))


def js_from_code_point(*codes: Any) -> str:
    """String.fromCodePoint(...codes): a RangeError for anything but an integer up to 0x10FFFF."""
    characters: List[str] = []
    for code in codes:
        number = js_number(code)
        if not (number == number and math.isfinite(number) and float(number).is_integer() and 0 <= number <= 0x10FFFF):
            raise JsRangeError(f"Invalid code point {js_str(code)}")
        characters.append(chr(int(number)))
    return _joined("".join(characters))


# encodeURIComponent leaves these as they are (ECMA-262 uriUnescaped); encodeURI also the
# reserved characters and "#", which decodeURI leaves encoded.
_URI_UNESCAPED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()")
_URI_RESERVED = frozenset(";/?:@&=+$,#")
_URI_KEPT_BY_ENCODE_URI = _URI_UNESCAPED | _URI_RESERVED
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _uri_encode(value: Any, kept: "frozenset[str]") -> str:
    text = value if isinstance(value, str) else js_str(value)
    # No string the compiled code holds has a high surrogate right before a low one (joins merge
    # them), so any surrogate here stands alone, and JavaScript throws.
    if _has_surrogate(text):
        raise JsURIError("URI malformed")
    return "".join(character if character in kept else "".join(f"%{byte:02X}" for byte in character.encode("utf-8")) for character in text)


def js_encode_uri_component(value: Any) -> str:
    """encodeURIComponent(value): every character but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as the %XX of
    its UTF-8 bytes; a lone surrogate throws URIError "URI malformed"."""
    return _uri_encode(value, _URI_UNESCAPED)


def js_encode_uri(value: Any) -> str:
    """encodeURI(value): as encodeURIComponent, keeping ; / ? : @ & = + $ , # too."""
    return _uri_encode(value, _URI_KEPT_BY_ENCODE_URI)


def _uri_byte(text: str, at: int) -> int:
    """The byte written as %XX at `at`, or URIError."""
    if at + 2 >= len(text) or text[at] != "%" or text[at + 1] not in _HEX_DIGITS or text[at + 2] not in _HEX_DIGITS:
        raise JsURIError("URI malformed")
    return int(text[at + 1 : at + 3], 16)


def _uri_decode(value: Any, kept: "frozenset[str]") -> str:
    text = value if isinstance(value, str) else js_str(value)
    if "%" not in text:
        return text
    pieces: List[str] = []
    at = 0
    while at < len(text):
        percent = text.find("%", at)
        if percent < 0:
            pieces.append(text[at:])
            break
        pieces.append(text[at:percent])
        first = _uri_byte(text, percent)
        if first < 0x80:
            character = chr(first)
            # decodeURI leaves an encoded reserved character as it was written (%2f stays %2f).
            pieces.append(text[percent : percent + 3] if character in kept else character)
            at = percent + 3
            continue
        count = 2 if first & 0xE0 == 0xC0 else 3 if first & 0xF0 == 0xE0 else 4 if first & 0xF8 == 0xF0 else 0
        if count == 0:
            raise JsURIError("URI malformed")
        encoded = bytearray([first])
        for index in range(1, count):
            byte = _uri_byte(text, percent + 3 * index)
            if byte & 0xC0 != 0x80:
                raise JsURIError("URI malformed")
            encoded.append(byte)
        try:
            # Python's strict decoder refuses what ECMA-262 Decode does: overlong forms, surrogates, past U+10FFFF.
            pieces.append(bytes(encoded).decode("utf-8"))
        except UnicodeDecodeError:
            raise JsURIError("URI malformed") from None
        at = percent + 3 * count
    return _joined("".join(pieces))


def js_decode_uri_component(value: Any) -> str:
    """decodeURIComponent(value): each %XX sequence (UTF-8) as its character; URIError "URI
    malformed" for a % without two hex digits or bytes that are not UTF-8."""
    return _uri_decode(value, frozenset())


def js_decode_uri(value: Any) -> str:
    """decodeURI(value): as decodeURIComponent, leaving ; / ? : @ & = + $ , # encoded."""
    return _uri_decode(value, _URI_RESERVED)


def js_length(text: str) -> int:
    """text.length: UTF-16 code units, as JavaScript counts them (an emoji is 2)."""
    return len(_units(text))


def js_length_of(value: Union[str, List[Any]]) -> int:
    """`.length` of a value typed `string | T[]`: an array's element count, or a text's UTF-16 code units."""
    return len(value) if isinstance(value, list) else js_length(value)


def _relative_index(value: Any, length: int, default: int) -> int:
    if value is None:
        return default
    number = js_number(value)
    if number != number:
        return 0
    if math.isinf(number):
        return length if number > 0 else 0
    position = int(number)
    return max(0, length + position) if position < 0 else min(position, length)


def js_slice(items: Any, start: Any = None, end: Any = None) -> Any:
    """slice(start, end) of an array or a string (in UTF-16 code units): negative from the end, fractions truncated."""
    if isinstance(items, str):
        units = _units(items)
        return _text(units[_relative_index(start, len(units), 0) : _relative_index(end, len(units), len(units))])
    return items[_relative_index(start, len(items), 0) : _relative_index(end, len(items), len(items))]


def js_string_element(text: str, index: Any) -> Any:
    """text[index]: one UTF-16 code unit, undefined (None) outside the string.

    Typed Any, as js_element is: TypeScript has typed the read already (`string`, or `string |
    undefined` under noUncheckedIndexedAccess, narrowed by `!` or a test), and Optional[str] made
    type checkers reject what TypeScript accepted (`text[i].toUpperCase()`, `test(text[i])`)."""
    if not js_is_number(index) or not float(index).is_integer():
        return None
    units = _units(text)
    position = int(index)
    return _text(units[position]) if 0 <= position < len(units) else None


def _without_surrogates(text: str) -> bool:
    """No surrogate code point: comparing code points then gives what comparing UTF-16 units gives
    (a lone surrogate could pair with half of an emoji, or with another one, in JavaScript)."""
    return text.isascii() or _SURROGATE.search(text) is None


def js_ends_with(text: str, search: Any, end: Any = None) -> bool:
    """text.endsWith(search, endPosition)."""
    search = js_str(search)
    if end is None and _without_surrogates(text) and _without_surrogates(search):
        return text.endswith(search)
    units = _units(text)
    limit = len(units) if end is None else _clamp_index(end, len(units))
    return units[:limit].endswith(_units(search))


def js_starts_with(text: str, search: Any, start: Any = None) -> bool:
    """text.startsWith(search, position): a negative position counts as 0, not from the end."""
    search = js_str(search)
    if start is None and _without_surrogates(text) and _without_surrogates(search):
        return text.startswith(search)
    units = _units(text)
    return units.startswith(_units(search), 0 if start is None else _clamp_index(start, len(units)))


def js_string_includes(text: str, search: Any, start: Any = None) -> bool:
    """text.includes(search, position)."""
    search = js_str(search)
    if start is None and _without_surrogates(text) and _without_surrogates(search):
        return search in text
    units = _units(text)
    return units.find(_units(search), 0 if start is None else _clamp_index(start, len(units))) >= 0


def _is_array_index(key: Any) -> bool:
    return isinstance(key, str) and key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) < 4294967295


def js_object_order(entries: Any) -> Dict[str, Any]:
    """The order of JavaScript's own keys: integer keys ascending first, then the rest as inserted."""
    if isinstance(entries, list):
        return {str(index): item for index, item in enumerate(entries)}  # an array's own keys are its indexes
    if isinstance(entries, str):
        return {str(index): unit for index, unit in enumerate(_units(entries))}  # a string's are its UTF-16 units' indexes
    if isinstance(entries, (int, float)):
        return {}  # a number or a boolean has no own keys
    if isinstance(entries, (JsMap, JsSet)) or (callable(entries) and not isinstance(entries, dict)):
        return {}  # a Map's or Set's entries are not properties, nor has a function any: Object.keys, spread and JSON see none
    if isinstance(entries, Iterator):
        return {}  # nor a generator or an iterator any (and walking it here would use it up)
    if isinstance(entries, JsObject):
        return dict(entries._js_dict_items())
    if not any(isinstance(key, str) and key[:1].isdigit() for key in entries):
        return entries
    indexes = [key for key in entries if _is_array_index(key)]
    if not indexes:
        return entries
    ordered = {key: entries[key] for key in sorted(indexes, key=int)}
    ordered.update((key, value) for key, value in entries.items() if key not in ordered)
    return ordered


# Object.prototype's own properties: `key in object` finds them on every object with a prototype.
_INHERITED_NAMES = frozenset(
    "constructor __defineGetter__ __defineSetter__ hasOwnProperty __lookupGetter__ __lookupSetter__"
    " isPrototypeOf propertyIsEnumerable toString valueOf __proto__ toLocaleString".split()
)


def js_in(key: str, entries: Any) -> bool:
    """`key in object`: its own keys, and what every object inherits from Object.prototype (not a
    match's groups, which have no prototype)."""
    return key in entries or (key in _INHERITED_NAMES and not isinstance(entries, JsRegExpGroups))


def js_object_keys(entries: Any) -> List[str]:
    """Object.keys(record): integer keys first, ascending, as JavaScript enumerates them."""
    if isinstance(entries, JsObject):
        return entries._js_keys()  # without running its getters
    return list(js_object_order(entries).keys())


def js_for_in(entries: Any) -> Iterator[str]:
    """for (key in record) over data: the keys Object.keys lists when the loop starts; one the loop
    deletes before reaching it is skipped, as in JavaScript, and one it adds is not reached (V8).
    null and undefined have no keys (JavaScript does not throw)."""
    if entries is None:
        return
    for key in js_object_keys(entries):
        if key in entries:
            yield key


def js_object_values(entries: Any) -> List[Any]:
    if isinstance(entries, JsObject):
        return [_detached(value, entries) for value in js_object_order(entries).values()]
    return list(js_object_order(entries).values())


def js_object_entries(entries: Any) -> List[Any]:
    if isinstance(entries, JsObject):
        return [[key, _detached(value, entries)] for key, value in js_object_order(entries).items()]
    return [[key, value] for key, value in js_object_order(entries).items()]


_NO_RENAMED_MEMBERS: Dict[str, str] = {}


def js_enum_object(enum: Any) -> Any:
    """An enum used as a value: its object (a dict), with the reverse mapping of numeric members.
    Typed Any: TypeScript knows which keys it holds, Python's checker cannot."""
    entries: Dict[str, Any] = {}
    # Members Python cannot spell (None, import, "Content-Type") are kept under names of their own.
    members = vars(enum)
    renamed: Dict[str, str] = members.get("__js_names__", _NO_RENAMED_MEMBERS)
    for name, value in members.items():
        if name.startswith("__"):
            continue
        key = renamed[name] if name in renamed else name
        entries[key] = value
        if js_is_number(value):
            entries[js_str(value)] = key
    return js_object_order(entries)


_INSPECT_META = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", "\\": "\\\\", "'": "\\'"}
_IDENTIFIER = re.compile(r"^[a-zA-Z_][a-zA-Z_0-9]*$")
# Node's strEscapeSequencesRegExp: C0 and C1 controls, DEL, the backslash and lone surrogates (with the single
# quote when it is the quote used). A pair of surrogates stays: it is one character.
_INSPECT_ESCAPED = re.compile("[\x00-\x1f\\\\\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_INSPECT_ESCAPED_QUOTE = re.compile("[\x00-\x1f'\\\\\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def _inspect_escape(match: "re.Match[str]") -> str:
    """Node's meta table: \\n and friends, \\x0B and \\x7F to \\x9F upper case, a lone surrogate as \\ud83d (lower case)."""
    character = match.group()
    code = ord(character)
    return _INSPECT_META.get(character) or ("\\x%02X" % code if code < 0xA0 else "\\u%x" % code)


def _inspect_string(text: str) -> str:
    """A string inside util.inspect's output (Node's strEscape): quoted, control characters escaped."""
    quote = "'"
    pattern = _INSPECT_ESCAPED_QUOTE
    if "'" in text:
        if '"' not in text:
            quote, pattern = '"', _INSPECT_ESCAPED
        elif "`" not in text and "${" not in text:
            quote, pattern = "`", _INSPECT_ESCAPED
    if pattern.search(text) is None:
        return quote + text + quote
    return quote + pattern.sub(_inspect_escape, text) + quote


def _inspect_string_value(text: str, context: "_InspectContext") -> str:
    """A string value inside util.inspect's output (Node's formatPrimitive): past maxStringLength (10,000
    UTF-16 units) cut, with "... N more characters" after it; longer than 16 units and than the room left on
    the line (breakLength 80 - indentation - 4), split after each newline into 'line\\n' + lines."""
    trailer = ""
    if len(text) > 5000 and js_length(text) > 10000:
        units = _units(text)
        remaining = len(units) - 10000
        text = _text(units[:10000])
        trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
    if "\n" in text:
        length = js_length(text)
        if length > 16 and length > 76 - context.indentation:
            lines = [line + "\n" for line in text.split("\n")]
            # JavaScript's split(/(?<=\n)/): no empty piece after a final newline.
            lines[-1] = lines[-1][:-1]
            if not lines[-1]:
                lines.pop()
            return (" +\n" + " " * (context.indentation + 2)).join(map(_inspect_string, lines)) + trailer
    return _inspect_string(text) + trailer


def _inspect_key(key: str) -> str:
    """A property name in util.inspect's output (Node's formatProperty)."""
    if key == "__proto__":
        return "['__proto__']"
    return key if _IDENTIFIER.match(key) else _inspect_string(key)


class _InspectContext:
    def __init__(self, none: str) -> None:
        self.none = none
        self.indentation = 0
        self.current_depth = 0
        # The arrays and objects being printed, outermost first, and those met again inside themselves,
        # numbered in the order met: Node prints [Circular *1] there and <ref *1> before the outer one.
        self.seen: List[Any] = []
        self.circular: Dict[int, int] = {}

    def circular_reference(self, value: Any) -> Optional[str]:
        """[Circular *N] when the value is one of those being printed (Node's formatValue), else None."""
        if not any(outer is value for outer in self.seen):
            return None
        index = self.circular.setdefault(id(value), len(self.circular) + 1)
        return f"[Circular *{index}]"

    def reference_base(self, value: Any) -> str:
        """<ref *N> before a value met again inside itself (Node's formatRaw), else nothing."""
        index = self.circular.get(id(value)) if self.circular else None
        return "" if index is None else f"<ref *{index}>"


def _inspect(value: Any, context: _InspectContext, depth: int) -> str:
    if value is None:
        return context.none
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "-0" if value == 0 and math.copysign(1.0, value) < 0 else _number_to_string(value)
    if isinstance(value, str):
        return _inspect_string_value(value, context)
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return "[]"
        circular = context.circular_reference(value)
        if circular is not None:
            return circular
        if depth > 2:
            return "[Array]"
        context.seen.append(value)
        context.current_depth = depth
        context.indentation += 2
        output = [_inspect(item, context, depth + 1) for item in value[:100]]
        if len(value) > 100:
            remaining = len(value) - 100
            output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
        context.indentation -= 2
        context.seen.pop()
        return _inspect_reduce(context, output, ("[", "]"), True, depth, value)
    if isinstance(value, JsObject):
        return _inspect_object_literal(value, context, depth)
    if isinstance(value, dict):
        # match.groups has no prototype, which Node shows; a group that took no part is undefined,
        # as is the value of an iterator result that holds None for undefined.
        groups = isinstance(value, JsRegExpGroups)
        undefined_nones = isinstance(value, _NONE_IS_UNDEFINED)
        # A member its object literal marked as undefined prints so, whatever the argument's type
        # says (a wider object given for a narrower type: review S60A, 2).
        marked = _undefined_members_of(value)
        prefix = "[Object: null prototype] " if groups else ""
        if len(value) == 0:
            return prefix + "{}"
        circular = context.circular_reference(value)
        if circular is not None:
            return circular
        if depth > 2:
            return "[Object: null prototype]" if groups else "[Object]"
        context.seen.append(value)
        context.current_depth = depth
        context.indentation += 2
        output = []
        for key, item in js_object_order(value).items():
            name = _inspect_key(key)
            undefined = item is None and (undefined_nones or key in marked)
            output.append(f"{name}: {'undefined' if undefined else _inspect(item, context, depth + 1)}")
        context.indentation -= 2
        context.seen.pop()
        return _inspect_reduce(context, output, (prefix + "{", "}"), False, depth, value)
    fields = None if isinstance(value, BaseException) else _json_instance_fields(value)
    if fields is not None:
        return _inspect_instance(value, fields, context, depth)
    if not isinstance(value, BaseException) and hasattr(value, "_js_fields"):
        raise JsTypeError(f"console.log of {_an(js_class_name(value))} is not supported: {_unprintable_reason(value)}")
    raise TypeError(f"console.log of a {type(value).__name__} is not supported")


def _inspect_instance(value: Any, fields: List[Tuple[Optional[str], str, str]], context: _InspectContext, depth: int) -> str:
    """What util.inspect prints for an instance of a compiled class: its class's name, then its own
    fields in Node's order (those holding undefined too), from the list JSON.stringify reads; no
    getters, methods or #private fields. A None is what its field's type says (the compiler refuses
    a field whose type admits both null and undefined where it sees the instance printed)."""
    name = js_class_name(value)
    attributes = value.__dict__
    extra = _undeclared_attributes(value, fields)
    if extra:
        raise JsTypeError(f"console.log of {_an(name)} is not supported: it holds {', '.join(extra)}, which its class does not declare")
    shown = [(key, attribute, meaning) for key, attribute, meaning in fields if key is not None and attribute in attributes]
    if not shown:
        return name + " {}"
    circular = context.circular_reference(value)
    if circular is not None:
        return circular
    if depth > 2:
        return f"[{name}]"
    context.seen.append(value)
    context.current_depth = depth
    context.indentation += 2
    output = []
    for key, attribute, meaning in shown:
        item = attributes[attribute]
        if item is None and meaning == "null or undefined":
            raise JsTypeError(f"console.log of {_an(name)} whose field {key} holds null or undefined is not supported: its type admits both")
        text = meaning if item is None else _inspect(item, context, depth + 1)
        output.append(f"{_inspect_key(key)}: {text}")
    context.indentation -= 2
    context.seen.pop()
    return _inspect_reduce(context, output, (name + " {", "}"), False, depth, value)


_ACCESSOR_TEXT = {"get": "[Getter]", "set": "[Setter]", "get/set": "[Getter/Setter]"}


def _inspect_object_literal(value: JsObject, context: _InspectContext, depth: int) -> str:
    """What util.inspect prints for an object with methods and accessors: getters are not run."""
    keys = value._js_keys()
    if len(keys) == 0:
        return "{}"
    circular = context.circular_reference(value)
    if circular is not None:
        return circular
    if depth > 2:
        return "[Object]"
    context.seen.append(value)
    context.current_depth = depth
    context.indentation += 2
    output = []
    marked = _undefined_members_of(value)
    for key in keys:
        name = _inspect_key(key)
        kind = value._js_kind(key)
        if kind == "method":
            shown = f"[Function: {key}]"
        elif kind == "data":
            shown = "undefined" if value[key] is None and key in marked else _inspect(value[key], context, depth + 1)
        else:
            shown = _ACCESSOR_TEXT[kind]
        output.append(f"{name}: {shown}")
    context.indentation -= 2
    context.seen.pop()
    return _inspect_reduce(context, output, ("{", "}"), False, depth, value)


def _inspect_reduce(context: _InspectContext, output: List[str], braces: "tuple[str, str]", is_array: bool, depth: int, value: Any) -> str:
    """Node's reduceToSingleString (compact 3, breakLength 80)."""
    entries = len(output)
    if is_array and entries > 6:
        output = _group_array_elements(context, output, value)
    base = context.reference_base(value)
    if base:
        base += " "
    if context.current_depth - depth < 3 and entries == len(output):
        start = len(output) + context.indentation + len(braces[0]) + len(base) - (1 if base else 0) + 10
        total = len(output) + start
        if total + len(output) <= 80 and all(not ("\n" in item) for item in output):
            for item in output:
                total += js_length(item)
                if total > 80:
                    break
            else:
                return f"{base}{braces[0]} {', '.join(output)} {braces[1]}"
    indentation = "\n" + " " * context.indentation
    return f"{base}{braces[0]}{indentation}  {(',' + indentation + '  ').join(output)}{indentation}{braces[1]}"


# Emoji_Presentation, from the ICU of Node 20 (Unicode 17): code point ranges, first and last. Python's
# unicodedata has no emoji properties. Emoji_Modifier is U+1F3FB to U+1F3FF.
_EMOJI_PRESENTATION = (
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653),
    (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE),
    (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705),
    (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1E6, 0x1F1FF), (0x1F201, 0x1F201), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F236), (0x1F238, 0x1F23A), (0x1F250, 0x1F251), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2),
    (0x1F6D5, 0x1F6D8), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA8A), (0x1FA8E, 0x1FAC6),
    (0x1FAC8, 0x1FAC8), (0x1FACD, 0x1FADC), (0x1FADF, 0x1FAEA), (0x1FAEF, 0x1FAF8),
)
_EMOJI_PRESENTATION_FIRSTS = [first for first, _ in _EMOJI_PRESENTATION]
_ZERO_WIDTH_CATEGORIES = ("Cc", "Cf", "Me", "Mn")


# East Asian Width that Unicode 16 changed to Wide (Python 3.13 has Unicode 15.1), two that Unicode 13 changed
# to Neutral (Python 3.8 has 12.1), and two marks that became spacing (Mc) in Unicode 14 and 16.
_WIDE_SINCE_UNICODE_16 = ((0x2630, 0x2637), (0x268A, 0x268F), (0x4DC0, 0x4DFF), (0x1D300, 0x1D356), (0x1D360, 0x1D376))
_NARROW_SINCE_UNICODE_13 = (0x1F93B, 0x1F946)
_SPACING_SINCE_UNICODE_14 = (0x1734, 0x1171E)


def _code_point_width(character: str) -> int:
    """Node's GetColumnWidth (src/node_i18n.cc): East Asian Fullwidth and Wide 2, Ambiguous and Neutral 2 when
    Emoji_Presentation, else 0 for controls, format characters, combining marks and Emoji_Modifier (not the
    soft hyphen), else 1."""
    code = ord(character)
    category = unicodedata.category(character)
    if category == "Cn":
        # Unassigned in this Python's Unicode (Python 3.8 and 3.11 call them Fullwidth): ICU's default,
        # Wide in the CJK ideograph blocks and planes 2 and 3, else Neutral.
        east_asian_width = "W" if 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FFFD or 0x30000 <= code <= 0x3FFFD else "N"
    else:
        east_asian_width = "N" if code in _NARROW_SINCE_UNICODE_13 else unicodedata.east_asian_width(character)
    if east_asian_width in ("F", "W") or any(first <= code <= last for first, last in _WIDE_SINCE_UNICODE_16):
        return 2
    if east_asian_width in ("A", "N"):
        index = bisect.bisect_right(_EMOJI_PRESENTATION_FIRSTS, code) - 1
        if index >= 0 and code <= _EMOJI_PRESENTATION[index][1]:
            return 2
    if code != 0xAD and (category in _ZERO_WIDTH_CATEGORIES or 0x1F3FB <= code <= 0x1F3FF) and code not in _SPACING_SINCE_UNICODE_14:
        return 0
    return 1


def _display_width(text: str) -> int:
    """Node's getStringWidth (lib/internal/util/inspect.js): ASCII counts 1 a character (0 for controls);
    from the first character past ASCII on, the NFC form measured by _code_point_width."""
    if text.isascii():
        return len(text) if text.isprintable() else sum(1 for character in text if " " <= character < "\x7f")
    width = 0
    for index, character in enumerate(text):
        if character >= "\x7f":
            return width + sum(map(_code_point_width, unicodedata.normalize("NFC", text[index:])))
        width += 1 if character >= " " else 0
    return width


def _group_array_elements(context: _InspectContext, output: List[str], value: Any) -> List[str]:
    """Node's groupArrayElements: long arrays of short items in aligned columns."""
    total_length = 0
    max_length = 0
    output_length = len(output) - (1 if len(value) > 100 else 0)
    separator_space = 2
    lengths = [_display_width(item) for item in output[:output_length]]
    for length in lengths:
        total_length += length + separator_space
        max_length = max(max_length, length)
    actual_max = max_length + separator_space
    if actual_max * 3 + context.indentation < 80 and (total_length / actual_max > 5 or max_length <= 6):
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = int(min(js_round(math.sqrt(2.5 * biased_max * output_length) / biased_max), (80 - context.indentation) // actual_max, 3 * 4, 15))
        if columns <= 1:
            return output
        max_line_lengths = []
        for column in range(columns):
            line_length = 0
            for index in range(column, len(output), columns):
                if index < output_length and lengths[index] > line_length:
                    line_length = lengths[index]
            max_line_lengths.append(line_length + separator_space)
        numbers = all(js_is_number(item) for item in value[: len(output)])
        grouped = []
        for start in range(0, output_length, columns):
            end = min(start + columns, output_length)
            line = ""
            # Node pads to `maxLineLength + output[j].length - dataLen[j]` UTF-16 units: by the display width.
            for index in range(start, end - 1):
                spaces = " " * (max_line_lengths[index - start] - lengths[index] - separator_space)
                line += spaces + output[index] + ", " if numbers else output[index] + ", " + spaces
            last = output[end - 1]
            line += " " * (max_line_lengths[end - 1 - start] - lengths[end - 1] - separator_space) + last if numbers else last
            grouped.append(line)
        if len(value) > 100:
            grouped.append(output[output_length])
        return grouped
    return output


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def js_console_text(text: str) -> str:
    """What console.log writes of a string: a lone half of an emoji (which UTF-8 cannot encode, so
    print() would raise) becomes U+FFFD, as Node's UTF-8 stream writes it."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def js_format(values: Sequence[Any], nones: Sequence[str] = ()) -> str:
    """What console.log prints for these values (Node's util.format): a first string's %s, %d, %i, %f, %j,
    %c and %% filled from the values after it, then the rest, strings as they are and anything else as
    util.inspect shows it."""

    def none_of(index: int) -> str:
        return nones[index] if index < len(nones) else "null"

    text = ""
    used = 0
    join = ""
    first = values[0] if values else None
    if isinstance(first, str) and len(values) > 1:
        last = 0
        index = 0
        while index < len(first) - 1:
            if first[index] == "%":
                index += 1
                letter = first[index]
                if used + 1 != len(values):
                    if letter == "%":
                        text += first[last:index]
                        last = index + 1
                        index += 1
                        continue
                    if letter not in "sjdOoifc":
                        index += 1
                        continue
                    used += 1
                    piece = _format_placeholder(letter, values[used], none_of(used))
                    if last != index - 1:
                        text += first[last : index - 1]
                    text += piece
                    last = index + 1
                elif letter == "%":
                    text += first[last:index]
                    last = index + 1
            index += 1
        if last != 0:
            used += 1
            join = " "
            if last < len(first):
                text += first[last:]
    while used < len(values):
        value = values[used]
        text += join + (value if isinstance(value, str) else _inspect(value, _InspectContext(none_of(used)), 0))
        join = " "
        used += 1
    return text


def _format_placeholder(letter: str, value: Any, none: str) -> str:
    """One of util.format's placeholders, as Node's formatWithOptions fills it."""
    if letter == "s":
        if js_is_number(value):
            return "-0" if value == 0 and math.copysign(1.0, value) < 0 else _number_to_string(value)
        if value is None or isinstance(value, (bool, str)):
            return js_str(value, none)
        if isinstance(value, BaseException) or getattr(value, "_js_to_string", None) is None:
            # An object without a toString of its own: inspected to depth 0.
            return _inspect(value, _InspectContext(none), 2)
        return js_str(value)
    if letter == "j":
        return "undefined" if value is None and none == "undefined" else js_json_stringify(value)
    if letter in "dif":
        if letter == "d":
            number = math.nan if value is None and none == "undefined" else js_number(value)
        elif letter == "i":
            number = js_parse_int(js_str(value, none))
        else:
            number = js_parse_float(js_str(value, none))
        return "-0" if number == 0 and math.copysign(1.0, number) < 0 else _number_to_string(number)
    if letter == "O":
        return _inspect(value, _InspectContext(none), 0)
    if letter == "c":
        return ""
    raise TypeError("console.log's %o (util.inspect with hidden members) is not supported: use %O or %j")


def _digits_argument(value: Any, low: int, high: int, method: str) -> int:
    number = js_number(value)
    digits = 0 if number != number else int(number) if math.isfinite(number) else int(math.copysign(1e9, number))
    if digits < low or digits > high:
        # V8's own words: "toFixed() digits argument", "toString() radix argument", "toPrecision() argument".
        noun = {"toFixed": "digits ", "toString": "radix "}.get(method, "")
        raise JsRangeError(f"{method}() {noun}argument must be between {low} and {high}")
    return digits


def js_to_fixed(value: Number, digits: Any = 0) -> str:
    """number.toFixed(digits): the exact value of the double, halves rounded away from zero."""
    places = _digits_argument(digits, 0, 100, "toFixed")
    if value != value:
        return "NaN"
    if abs(value) >= 1e21 or math.isinf(value):
        return _number_to_string(value)
    with decimal.localcontext() as exact_context:
        exact_context.prec = 500  # enough for every digit of any double
        exact = decimal.Decimal(abs(value)).quantize(decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)
        return ("-" if value < 0 else "") + format(exact, "f")


def js_to_precision(value: Number, precision: Any = None) -> str:
    """number.toPrecision(precision)."""
    if precision is None or value != value or math.isinf(value):
        # NaN and the infinities print as String() does before the argument is checked:
        # NaN.toPrecision(200) is "NaN", no RangeError.
        return _number_to_string(value)
    digits = _digits_argument(precision, 1, 100, "toPrecision")
    if value == 0:
        return "0" if digits == 1 else "0." + "0" * (digits - 1)
    with decimal.localcontext() as exact_context:
        exact_context.prec = 500
        exact = decimal.Decimal(abs(value))
        exponent = exact.adjusted()
        rounded = exact.quantize(decimal.Decimal(1).scaleb(exponent - digits + 1), rounding=decimal.ROUND_HALF_UP)
        if rounded.adjusted() > exponent:
            exponent = rounded.adjusted()
            rounded = exact.quantize(decimal.Decimal(1).scaleb(exponent - digits + 1), rounding=decimal.ROUND_HALF_UP)
        mantissa = str(rounded.scaleb(-(exponent - digits + 1)).to_integral_value())
    sign = "-" if value < 0 else ""
    if exponent < -6 or exponent >= digits:
        text = mantissa[0] + ("." + mantissa[1:] if digits > 1 else "")
        return f"{sign}{text}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"
    if exponent >= 0:
        point = exponent + 1
        return sign + mantissa[:point] + ("." + mantissa[point:] if point < digits else "")
    return sign + "0." + "0" * (-exponent - 1) + mantissa


def js_to_exponential(value: Number, fraction_digits: Any = None) -> str:
    """number.toExponential(digits): one digit before the point, `digits` after it (as many as tell the
    double apart without), the exact value rounded with halves away from zero, then `e+N` or `e-N`."""
    if value != value or math.isinf(value):
        return _number_to_string(value)  # before the argument is checked, as for toPrecision
    places = None if fraction_digits is None else _digits_argument(fraction_digits, 0, 100, "toExponential")
    sign = "-" if value < 0 else ""
    if value == 0:
        mantissa, exponent = "0" * (1 + (places or 0)), 0
    elif places is None:
        digits, point = _shortest_digits(abs(float(value)))
        mantissa, exponent = digits, point - 1
    else:
        with decimal.localcontext() as exact_context:
            exact_context.prec = 500  # enough for every digit of any double
            exact = decimal.Decimal(abs(value))
            exponent = exact.adjusted()
            rounded = exact.quantize(decimal.Decimal(1).scaleb(exponent - places), rounding=decimal.ROUND_HALF_UP)
            if rounded.adjusted() > exponent:  # 9.96 to one place is 1.0e+1
                exponent = rounded.adjusted()
                rounded = exact.quantize(decimal.Decimal(1).scaleb(exponent - places), rounding=decimal.ROUND_HALF_UP)
            mantissa = str(rounded.scaleb(-(exponent - places)).to_integral_value())
    text = mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
    return f"{sign}{text}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"


def js_number_to_string(value: Number, radix: Any = None) -> str:
    """number.toString(radix): radix 10 as String(); other radixes for whole numbers."""
    base = 10 if radix is None else _digits_argument(radix, 2, 36, "toString")
    if base == 10 or value != value or math.isinf(value):
        return _number_to_string(value)
    if not float(value).is_integer() or abs(value) > _TWO_53:
        return _double_to_radix(float(value), base)
    number = int(value)
    text = ""
    magnitude = abs(number)
    while True:
        magnitude, digit = divmod(magnitude, base)
        text = _INT_DIGITS[digit] + text
        if magnitude == 0:
            break
    return ("-" if number < 0 else "") + text


def _double_exponent(value: float) -> int:
    """V8's Double::Exponent: e in value = significand * 2^e, the significand a 53-bit integer."""
    bits = struct.unpack("<Q", struct.pack("<d", value))[0]
    biased = (bits >> 52) & 0x7FF
    return (1 - 0x3FF - 52) if biased == 0 else biased - 0x3FF - 52


def _double_to_radix(value: float, radix: int) -> str:
    """V8's DoubleToRadixCString (src/numbers/conversions.cc), step for step in doubles: the fraction's
    digits up to the input's precision, rounded to even with carry, then the integer's digits."""
    negative = value < 0
    if negative:
        value = -value
    integer = math.floor(value)
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, math.inf) - value) if hasattr(math, "nextafter") else 0.5 * _next_up_gap(value), 5e-324)
    fraction_digits: List[str] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            fraction_digits.append(_INT_DIGITS[digit])
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # Round up, carrying through the digits written so far, maybe into the integer.
                    while True:
                        if not fraction_digits:
                            integer += 1
                            break
                        last = int(fraction_digits.pop(), 36)
                        if last + 1 < radix:
                            fraction_digits.append(_INT_DIGITS[last + 1])
                            break
                    break
            if not fraction >= delta:
                break
    integer_digits: List[str] = []
    integer = float(integer)
    while _double_exponent(integer / radix) > 0:
        integer /= radix
        integer_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        integer_digits.append(_INT_DIGITS[int(remainder)])
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    text = "".join(reversed(integer_digits))
    if fraction_digits:
        text += "." + "".join(fraction_digits)
    return ("-" if negative else "") + text


def _next_up_gap(value: float) -> float:
    """math.nextafter(value, inf) - value, for Python 3.8 (nextafter came in 3.9)."""
    bits = struct.unpack("<Q", struct.pack("<d", value))[0]
    return struct.unpack("<d", struct.pack("<Q", bits + 1))[0] - value


def js_object_rest(source: Dict[str, Any], taken: List[str]) -> Dict[str, Any]:
    """const { a, ...rest } = source: the other keys, in JavaScript's order. The keys the pattern
    took are not read again: an object literal's getter among them ran once, for the pattern
    (review S59C, A)."""
    if isinstance(source, JsObject):
        return {key: source[key] for key in source._js_keys() if key not in taken and key in source._js_names}
    return {key: value for key, value in js_object_order(source).items() if key not in taken}


def _to_int32(value: Any) -> int:
    """ToInt32: what JavaScript's bitwise operators see of a number."""
    number = js_number(value)
    if number != number or math.isinf(number):
        return 0
    result = int(number) & 0xFFFFFFFF
    return result - 0x100000000 if result >= 0x80000000 else result


def _to_uint32(value: Any) -> int:
    return _to_int32(value) & 0xFFFFFFFF


def js_bit_and(left: Any, right: Any) -> int:
    return _to_int32(left) & _to_int32(right)


def js_bit_or(left: Any, right: Any) -> int:
    """left | right (so x | 0 truncates to a signed 32-bit integer, as in JavaScript)."""
    return _to_int32(left) | _to_int32(right)


def js_bit_xor(left: Any, right: Any) -> int:
    return _to_int32(left) ^ _to_int32(right)


def js_bit_not(value: Any) -> int:
    return ~_to_int32(value)


def js_shift_left(left: Any, right: Any) -> int:
    return _to_int32((_to_int32(left) << (_to_uint32(right) & 31)) & 0xFFFFFFFF)


def js_shift_right(left: Any, right: Any) -> int:
    return _to_int32(left) >> (_to_uint32(right) & 31)


def js_shift_right_unsigned(left: Any, right: Any) -> int:
    """left >>> right (so x >>> 0 is an unsigned 32-bit integer)."""
    return _to_uint32(left) >> (_to_uint32(right) & 31)


def js_imul(left: Any, right: Any) -> int:
    return _to_int32((_to_int32(left) * _to_int32(right)) & 0xFFFFFFFF)


def js_clz32(value: Any) -> int:
    return 32 - _to_uint32(value).bit_length()


def js_contains(container: Any, item: Any) -> bool:
    """container.includes(item) / .has(item) when both sides have effects: the container is evaluated first."""
    return item in container


def js_delete(record: Any, key: str) -> bool:
    """delete record[key]: true, whether or not the key was there. The record may be an object
    literal with methods (a JsObject) given where a Record is expected: its property goes, getter
    or method alike, without running the getter."""
    if isinstance(record, JsObject):
        record._js_delete(key)
    else:
        record.pop(key, None)
    return True


def js_nullish(value: Any, fallback: Any) -> Any:
    """value ?? fallback, for a fallback without side effects."""
    return fallback if value is None else value


def _primitive(value: Any) -> Any:
    """ToPrimitive (with either hint): an object's valueOf is Object's (the compiler refuses a class's
    own), which gives the object back, so an object is its toString(): a class's own, an array's
    join, "[object Object]"."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return js_str(value)


def js_compare(left: Any, operator: str, right: Any) -> bool:
    """<, <=, >, >= with JavaScript's conversions (NaN compares false)."""
    # An object is first its text (ToPrimitive, left then right: a class's own toString() runs once
    # each), so two arrays or two instances compare as texts, as in JavaScript.
    left = _primitive(left)
    right = _primitive(right)
    if not (isinstance(left, str) and isinstance(right, str)):
        left = js_number(left)
        right = js_number(right)
        if left != left or right != right:
            return False
    elif not (left.isascii() and right.isascii()):
        # UTF-16 code unit order, which big-endian UTF-16 bytes keep (Python compares code points).
        left = left.encode("utf-16-be", "surrogatepass")
        right = right.encode("utf-16-be", "surrogatepass")
    if operator == "<":
        return left < right
    if operator == "<=":
        return left <= right
    if operator == ">":
        return left > right
    return left >= right


def js_date_now() -> int:
    """Date.now(): milliseconds since the Unix epoch."""
    return int(time.time() * 1000)


def _json_quote(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    if _SURROGATE.search(quoted) is None:
        return quoted
    # A lone surrogate (half an emoji) is escaped, as JavaScript's JSON.stringify does.
    return _SURROGATE.sub(lambda match: "\\u%04x" % ord(match.group(0)), quoted)


def _json_join(opening: str, separator: str, parts: List[str], closing: str) -> str:
    """opening + separator.join(parts) + closing, or the RangeError Node throws when that is past
    V8's longest string: measured before it is built, so that Python stops where Node does instead
    of building gigabytes (a Map keyed by the JSON of its own keys, again and again, grows 2.5 times
    a round)."""
    length = len(opening) + len(closing) + len(separator) * (len(parts) - 1) + sum(map(len, parts))
    if length > _MAX_STRING_LENGTH // 2:
        # The code points are a floor for the UTF-16 units: count the units only near the limit.
        if length > _MAX_STRING_LENGTH or length + sum(js_length(part) - len(part) for part in parts) > _MAX_STRING_LENGTH:
            raise JsRangeError("Invalid string length")
    return opening + separator.join(parts) + closing


def _json_value(value: Any, indent: Optional[str], depth: int, key: Any = "", picked: Optional[List[str]] = None) -> Optional[str]:
    if not isinstance(value, (str, int, float, list, tuple, dict)) and value is not None:
        # A class's own toJSON (the compiler marks it `_js_to_json`) gives what is printed, called with
        # the member's key as text ("" for the value itself, an index for an element), as JavaScript
        # calls it. (The key is turned into text only here: plain data pays nothing for it.)
        to_json = getattr(value, "_js_to_json", None)
        if callable(to_json):  # a field named toJSON holding data is printed as data, as in Node
            value = to_json(js_str(key))
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number_to_string(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        quoted = _json_quote(value)
        return quoted if len(quoted) <= _MAX_STRING_LENGTH // 2 else _json_join("", "", [quoted], "")
    if callable(value):
        return None
    inner = "" if indent is None else indent * (depth + 1)
    outer = "" if indent is None else indent * depth
    if isinstance(value, (list, tuple)):
        items = [_json_value(item, indent, depth + 1, index, picked) or "null" for index, item in enumerate(value)]
        if not items:
            return "[]"
        if indent is None:
            return _json_join("[", ",", items, "]")
        return _json_join("[\n", ",\n", [inner + item for item in items], "\n" + outer + "]")
    if isinstance(value, (dict, JsObject)):
        members: List[str] = []
        # A JsObject's getters run one at a time, each as its member is printed, as in JavaScript.
        # A setter without a getter reads as undefined, which JSON leaves out.
        if picked is not None:
            # A replacer's list of keys: those the object has, in the list's order (an absent one is undefined).
            # Own properties only, as the unpicked walk reads them: a Map (a dict here) has none.
            if isinstance(value, JsObject):
                present = value._js_keys()
                pairs: Iterable[Any] = ((key, value[key]) for key in picked if key in present and key in value._js_names and value._js_kind(key) != "set")
            else:
                own = js_object_order(value)
                pairs = ((key, own[key]) for key in picked if key in own)
        else:
            pairs = (
                ((key, value[key]) for key in value._js_keys() if key in value._js_names and value._js_kind(key) != "set")
                if isinstance(value, JsObject)
                else js_object_order(value).items()
            )
        undefined_nones = isinstance(value, _NONE_IS_UNDEFINED)
        undefined_members = _undefined_members_of(value)
        for key, item in pairs:
            # A named group that took no part in the match, an iterator result's undefined value, and
            # a member its object literal gave undefined (js_undefined_members) are undefined, which
            # JSON leaves out.
            if item is None and (undefined_nones or (undefined_members and key in undefined_members)):
                continue
            printed = _json_value(item, indent, depth + 1, key, picked)
            if printed is not None:
                separator = ":" if indent is None else ": "
                members.append(_json_quote(js_str(key)) + separator + printed)
        if not members:
            return "{}"
        if indent is None:
            return _json_join("{", ",", members, "}")
        return _json_join("{\n", ",\n", [inner + member for member in members], "\n" + outer + "}")
    if isinstance(value, JsSet) or isinstance(value, Iterator):
        return "{}"  # a Set's values, and a generator's or an iterator's, are no own properties
    fields = _json_instance_fields(value)
    if fields is None:
        if hasattr(value, "_js_fields"):
            raise JsTypeError(f"JSON.stringify of {_an(js_class_name(value))} is not supported: {_unprintable_reason(value)}")
        raise TypeError(f"JSON.stringify of a {type(value).__name__} is not supported: its Python fields are not JavaScript's")
    members = []
    own = _json_instance_members(value, fields)
    for key, item in own if picked is None else _json_picked_members(value, own, picked):
        printed = _json_value(item, indent, depth + 1, key, picked)
        if printed is not None:
            members.append(_json_quote(key) + (":" if indent is None else ": ") + printed)
    if not members:
        return "{}"
    if indent is None:
        return _json_join("{", ",", members, "}")
    return _json_join("{\n", ",\n", [inner + member for member in members], "\n" + outer + "}")


def _unprintable_reason(value: Any) -> str:
    """Why a compiled class's instances are not printed: what the compiler wrote beside its (or a
    base class's) `_js_fields = None`."""
    for klass in type(value).__mro__:
        if "_js_fields" in klass.__dict__ and klass.__dict__["_js_fields"] is None:
            return klass.__dict__.get("_js_unprintable", "its fields are not known")
    return "its fields are not known"


def _an(name: str) -> str:
    return ("an " if name[:1] in "AEIOUaeiou" else "a ") + name


# By class, weakly: a class declared inside a function is a new one at each call.
_JSON_FIELDS: "weakref.WeakKeyDictionary[type, Optional[List[Tuple[Optional[str], str, str]]]]" = weakref.WeakKeyDictionary()


def _json_instance_fields(value: Any) -> Optional[List[Tuple[Optional[str], str, str]]]:
    """The fields JSON.stringify prints of an instance of a compiled class, in Node's order: each
    class's `_js_fields` (the compiler writes them; see utils/json-fields.ts), the base class's first,
    a field a subclass declares again keeping its place and taking the subclass's meaning of None.
    Python's own exceptions add none (they keep their attributes in slots). None where a class of the
    instance's has no list (not compiled from TypeScript: JsObject, a dict's view) or lists None (not
    printable: a `declare`d field, a field replacing an Error's own message)."""
    cls = type(value)
    if cls in _JSON_FIELDS:
        return _JSON_FIELDS[cls]
    fields: Optional[List[Tuple[Optional[str], str, str]]] = []
    for klass in reversed(cls.__mro__[:-1]):
        if "_js_fields" not in klass.__dict__ and issubclass(klass, BaseException):
            continue  # Python's exceptions keep their own in slots: a caught TypeError prints {}, as in Node
        own = klass.__dict__.get("_js_fields")
        if own is None or fields is None:
            fields = None
            continue
        for key, attribute, meaning in own:
            place = next((index for index, field in enumerate(fields) if field[1] == attribute), None)
            if place is None:
                fields.append((key, attribute, meaning))
            else:
                fields[place] = (key, attribute, meaning)
    _JSON_FIELDS[cls] = fields
    return fields


# The getters a list of keys reads, by class (a subclass's replacing its base's of the same key).
_JSON_GETTERS: "weakref.WeakKeyDictionary[type, Dict[str, Tuple[str, str]]]" = weakref.WeakKeyDictionary()


def _json_picked_members(value: Any, own: List["tuple[str, Any]"], picked: List[str]) -> List["tuple[str, Any]"]:
    """The members a list of keys picks from a compiled class's instance, in the list's order: each
    key read as JavaScript's Get reads it, an own field, else a getter of its class (`_js_getters`,
    run here), else nothing."""
    fields = dict(own)
    getters = _JSON_GETTERS.get(type(value))
    if getters is None:
        getters = {}
        for klass in reversed(type(value).__mro__):
            for key, attribute, meaning in klass.__dict__.get("_js_getters", ()):
                getters[key] = (attribute, meaning)
        _JSON_GETTERS[type(value)] = getters
    members: List["tuple[str, Any]"] = []
    for key in picked:
        if key in fields:
            members.append((key, fields[key]))
        elif key in getters:
            attribute, meaning = getters[key]
            item = getattr(value, attribute)
            if item is None and meaning != "null":
                if meaning == "undefined":
                    continue
                raise JsTypeError(f"JSON.stringify of {_an(js_class_name(value))} whose getter {key} gives null or undefined is not supported: its type admits both")
            members.append((key, item))
    return members


_DECLARED_ATTRIBUTES: "weakref.WeakKeyDictionary[type, FrozenSet[str]]" = weakref.WeakKeyDictionary()


def _undeclared_attributes(value: Any, fields: List[Tuple[Optional[str], str, str]], hidden: Sequence[str] = ()) -> List[str]:
    """An instance's attributes that no field of its class declares (nor an Error's hidden own
    properties): JSON.stringify and console.log cannot say where Node would print them. The
    declared ones are found once per class."""
    cls = type(value)
    known = _DECLARED_ATTRIBUTES.get(cls)
    if known is None:
        known = frozenset(attribute for _, attribute, _ in fields)
        _DECLARED_ATTRIBUTES[cls] = known
    return [attribute for attribute in value.__dict__ if attribute not in known and attribute not in hidden]


def _json_instance_members(value: Any, fields: List[Tuple[Optional[str], str, str]]) -> List["tuple[str, Any]"]:
    """The (key, value) pairs JSON.stringify prints of a compiled class's instance: the declared
    fields, less those holding undefined and an Error's own message and cause, which its
    constructor was given (_js_hidden). An attribute no field declares (an interface's optional member written
    through the interface, an Error's name set by a method) is a property Node prints at the place
    it was added, which Python does not keep: refused, as is a None in a field whose type admits
    both null and undefined."""
    attributes = value.__dict__
    # An Error's message and cause its constructor was given: own properties JSON does not print.
    hidden = attributes.get("_js_hidden", ())
    # A function set on the instance (`this.onClick = this.onClick.bind(this)`) is left out by JSON
    # wherever it stands.
    extra = [attribute for attribute in _undeclared_attributes(value, fields, hidden) if not callable(attributes[attribute])]
    if extra:
        raise JsTypeError(
            f"JSON.stringify of {_an(js_class_name(value))} is not supported: it holds {', '.join(extra)}, which its class does not declare, "
            "and Python does not keep the order JavaScript would print it in"
        )
    members: List["tuple[str, Any]"] = []
    for key, attribute, meaning in fields:
        if key is None or attribute not in attributes or attribute in hidden:
            continue
        item = attributes[attribute]
        if item is None and meaning != "null":
            if meaning == "undefined":
                continue
            raise JsTypeError(
                f"JSON.stringify of {_an(js_class_name(value))} whose field {key} holds null or undefined is not supported: "
                "its type admits both, which JavaScript prints differently and Python holds as one None; give the field a type with only one of them"
            )
        members.append((key, item))
    return members


def js_json_stringify(value: Any, replacer: Any = None, space: Any = None) -> str:
    """JSON.stringify(value, replacer, space): the same text Node prints. A replacer is a list of
    keys (strings and numbers, as text, each once), which every object prints alone, in that order;
    a replacer function is refused by the compiler.

    Node returns undefined for a lone function; there is no undefined here, so that prints "null".
    """
    picked: Optional[List[str]] = None
    if isinstance(replacer, list):
        picked = []
        for item in replacer:
            if isinstance(item, str) or js_is_number(item):
                text = item if isinstance(item, str) else js_str(item)
                if text not in picked:
                    picked.append(text)
    elif replacer is not None:
        raise JsError("JSON.stringify with a replacer function is not supported")
    indent = _json_gap(space)
    try:
        printed = _json_value(value, indent, 0, "", picked)
    except RecursionError:
        # Found only after the fact, so that the common, acyclic value pays nothing for it.
        circle = _json_circle(value, picked)
        if circle is None:
            raise
        raise JsTypeError(circle) from None
    return "null" if printed is None else printed


def _json_gap(space: Any) -> Optional[str]:
    """The indent JSON.stringify's space gives, or None for the one-line form, as Node reads it.

    A number above 0 breaks lines, indented by as many spaces as its whole part, at most 10
    (Infinity gives 10; V8 breaks lines for 0.5 too, with an empty indent); NaN, 0 and below give
    one line. A string is cut after 10 UTF-16 code units (an emoji is two, and may be cut in half);
    an empty one gives one line.
    """
    if js_is_number(space):
        if not space > 0:
            return None
        return " " * (10 if space >= 10 else int(space))
    if isinstance(space, str) and space != "":
        return _text(_units(space)[:10])
    return None


def _json_constructor(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "Array"
    return js_class_name(value) if _json_instance_fields(value) is not None else "Object"


def _json_children(value: Any, picked: Optional[List[str]] = None) -> Iterator["tuple[str, Any]"]:
    """The members JSON.stringify visits, in its order, each with V8's name for its key; with a
    list of keys, an object's members the list picks, in its order."""
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield f"index {index}", item
    elif isinstance(value, JsObject):
        present = value._js_keys()
        for key in present if picked is None else [key for key in picked if key in present]:
            if key in value._js_names and value._js_kind(key) != "set":
                yield f"property '{key}'", value[key]
    elif isinstance(value, dict):
        own = js_object_order(value)
        for key, item in own.items() if picked is None else [(key, own[key]) for key in picked if key in own]:
            yield (f"index {key}" if _is_array_index(key) else f"property '{js_str(key)}'"), item
    else:
        fields = _json_instance_fields(value)
        if fields is not None:
            members = _json_instance_members(value, fields)
            for key, item in members if picked is None else _json_picked_members(value, members, picked):
                yield f"property '{key}'", item


def _json_circle(value: Any, picked: Optional[List[str]] = None) -> Optional[str]:
    """Node's TypeError message for the first circle JSON.stringify meets in value (None: no circle).
    V8 names the object that starts it, the first two and the last link of the way back, and the key
    that closes it."""
    stack: List["tuple[Any, str, Iterator[tuple[str, Any]]]"] = [(value, "", _json_children(value, picked))]
    on_stack = {id(value): 0}
    while stack:
        container, _, children = stack[-1]
        for key, child in children:
            if not isinstance(child, (list, tuple, dict, JsObject)) and _json_instance_fields(child) is None:
                continue
            if id(child) in on_stack:
                start = on_stack[id(child)]
                links = [f"    |     {link} -> object with constructor '{_json_constructor(item)}'" for item, link, _ in stack[start + 1 :]]
                if len(links) > 3:
                    links = links[:2] + ["    |     ..."] + links[-1:]
                return "\n".join(
                    ["Converting circular structure to JSON", f"    --> starting at object with constructor '{_json_constructor(child)}'", *links, f"    --- {key} closes the circle"]
                )
            on_stack[id(child)] = len(stack)
            stack.append((child, key, _json_children(child, picked)))
            break
        else:
            stack.pop()
            del on_stack[id(container)]
    return None


def _reject_constant(name: str) -> Any:
    raise JsSyntaxError(f"Unexpected token {name[0]} in JSON")


_RISKY_JSON_INT = re.compile(r"\d{16}|-0(?![\d.])", re.ASCII)


def _json_int(text: str) -> Number:
    if len(text) > 300:
        # int() may meet Python's 4,300-digit limit; float() has none, rounds the same and gives Infinity.
        return float(text)
    return -0.0 if text == "-0" else _double(int(text))


def js_json_parse(text: Any) -> Any:
    """JSON.parse(text): strict JSON (no NaN or Infinity), numbers as ints when integral."""
    if not isinstance(text, str):
        text = js_str(text)
    # Integers past 2^53 and -0 need a hook per integer; most texts have none, and parse faster without it.
    hooks: Dict[str, Any] = {"parse_int": _json_int} if _RISKY_JSON_INT.search(text) is not None else {}
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_float=lambda number: _normalize(float(number)), **hooks)
    except json.JSONDecodeError as error:
        # Python counts code points where JavaScript counts UTF-16 units; some of Python's messages
        # end in "at" (they are written to be followed by a position).
        position = error.pos + sum(1 for character in text[: error.pos] if character > "\uffff")
        message = error.msg[:-3] if error.msg.endswith(" at") else error.msg
        raise JsSyntaxError(f"{message} in JSON at position {position}") from None
    # Python joins an escaped pair of halves into one character, not a raw half next to an escaped one.
    return _joined_strings(value) if _has_surrogate(text) else value


def _joined_strings(value: Any) -> Any:
    """Parsed JSON with its strings (keys too) in the form joins give them."""
    if isinstance(value, str):
        return _joined(value)
    if isinstance(value, list):
        return [_joined_strings(item) for item in value]
    if isinstance(value, dict):
        return {_joined(key): _joined_strings(item) for key, item in value.items()}
    return value


def js_spread_source(value: Any) -> Any:
    """The operand of `{...value}` when a number may be left (`...(count && extra)`): JavaScript
    spreads null, undefined and a falsy primitive as nothing (NaN is truthy in Python, so not `or {}`)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return {}
    return value


def js_object_assign(target: Dict[str, Any], *sources: Any) -> Dict[str, Any]:
    """Object.assign: each source's own keys in JavaScript's order, each read (a getter runs) and
    written by key (a setter runs), also when either side is an object literal with methods."""
    for source in sources:
        if isinstance(source, (list, str)):
            source = js_object_order(source)  # an array's or a string's own keys are its indexes, which a list or str is not read by
        if source is not None:
            for key in js_object_keys(source):
                if key in source:  # deleted by a getter read before it: JavaScript skips it too
                    target[key] = source[key]
    return target


def js_assign_new_object(attributes: Dict[str, str], later_keys: Dict[str, str], target: Any, *sources: Any) -> Any:
    """`Object.assign({ …data }, …sources)` where a source is an object literal with methods or
    accessors: the new object is read through attributes, as `{ ...target, ...source }` is, so it is
    a JsObject. A fresh literal has no setters, so writing each key is defining it: each source's own
    keys in order, getters read once (their values copied as data), methods rebound to the new
    object (JavaScript calls the copied function with it as `this`). The arguments are all evaluated
    before any getter runs, as in JavaScript."""
    entries: List[Any] = []
    for source in (target, *sources):
        entries.extend(js_spread_entries(source, attributes))
    return JsObject(entries, later_keys)


def js_assign_attributes(target: Any, attributes: Dict[str, str], *sources: Any, none_means: Optional[Dict[str, str]] = None) -> Any:
    """Object.assign into a class instance: each source's own keys in JavaScript's order, each read
    (a getter runs) and written to the attribute the compiler named for it in `attributes` (a
    setter runs). A key the source's type does not name (a wider object passed as the narrower
    type) is not copied: the class has no attribute for it. An object literal with methods as the
    target (a value of an interface with methods may be one) is written by key, as js_object_assign does.

    `none_means` names the keys whose source may hold the one of null and undefined the field's type
    does not admit, with the one it does: a None copied there must be that one (an object literal's
    member marked as undefined is undefined; any other None, JSON data's too, is null), or the field
    would read it as the other, and the copy raises TypeError instead."""
    if isinstance(target, (dict, JsObject)):
        by_key: Any = target  # a JsObject is written by key as a dict is (pyright sees only the dict)
        return js_object_assign(by_key, *sources)
    copying = [source for source in sources if source is not None and not isinstance(source, (bool, int, float, str))]
    # A key is checked where its last source gives it: an earlier source's value is replaced.
    last = {key: index for index, source in enumerate(copying) for key in js_object_keys(source)} if none_means else {}
    for index, source in enumerate(copying):
        for key in js_object_keys(source):
            attribute = attributes.get(key)
            if attribute is not None:
                value = source[key]
                if value is None and none_means is not None and key in none_means and last[key] == index:
                    copied = "undefined" if key in _undefined_members_of(source) else "null"
                    if copied != none_means[key]:
                        raise JsTypeError(
                            f"Object.assign of {copied} into the field {key} of {_an(js_class_name(target))} is not supported: "
                            f"its type admits {none_means[key]} and not {copied}, and Python holds both as None; leave the key out"
                        )
                setattr(target, attribute, value)
    return target


def _expand_replacement(replacement: str, matched: str, before: str, after: str) -> str:
    """The `$` patterns of String.prototype.replace with a string pattern."""
    result = ""
    index = 0
    while index < len(replacement):
        character = replacement[index]
        following = replacement[index + 1] if index + 1 < len(replacement) else ""
        if character == "$" and following in ("$", "&", "`", "'"):
            result += {"$": "$", "&": matched, "`": before, "'": after}[following]
            index += 2
        else:
            result += character
            index += 1
    return result


def _string_replacement(replacement: Any, matched: str, units: str, position: int, end: int, text: str) -> str:
    """What replaces one match of a string pattern: the `$` patterns of a string, or a function's
    result called with (match, offset in UTF-16 units, text)."""
    if callable(replacement):
        arguments = [matched, position, text]
        return js_str(replacement(*arguments[: _replacer_arity(replacement)]), "undefined")
    return _expand_replacement(replacement, matched, _text(units[:position]), _text(units[end:]))


def js_replace(text: str, pattern: str, replacement: Any) -> str:
    """text.replace(pattern, replacement) with a string pattern: the first match only."""
    if pattern != "" and isinstance(replacement, str) and "$" not in replacement and not _has_surrogate(pattern):
        # Code points find what UTF-16 units find for a pattern without surrogates; taking it out,
        # or putting a half in, can bring two halves together.
        return _joined(text.replace(pattern, replacement, 1))
    units = _units(text)
    search = _units(pattern)
    position = units.find(search)
    if position < 0:
        return text
    end = position + len(search)
    return _text(units[:position] + _units(_string_replacement(replacement, pattern, units, position, end, text)) + units[end:])


def js_replace_all(text: str, pattern: str, replacement: Any) -> str:
    if pattern != "" and isinstance(replacement, str) and "$" not in replacement and _SURROGATE.search(pattern) is None:
        # Taking the pattern out, or putting a half in, can bring two halves together.
        return _joined(text.replace(pattern, replacement))
    # Positions in UTF-16 code units, as JavaScript counts them: an empty pattern matches between them.
    units = _units(text)
    search = _units(pattern)
    result = ""
    start = 0
    while True:
        position = units.find(search, start)
        if position < 0:
            return _text(result + units[start:])
        end = position + len(search)
        result += units[start:position] + _units(_string_replacement(replacement, pattern, units, position, end, text))
        if search == "":
            if position >= len(units):
                return _text(result)
            result += units[position]
            start = position + 1
        else:
            start = end


def js_string_concat(text: str, *values: str) -> str:
    return _joined("".join((text, *values)))


def js_trim(text: str) -> str:
    return text.strip(JS_WHITESPACE)


def js_trim_start(text: str) -> str:
    return text.lstrip(JS_WHITESPACE)


def js_trim_end(text: str) -> str:
    return text.rstrip(JS_WHITESPACE)


def _clamp_index(value: Any, length: int) -> int:
    number = js_number(value)
    if number != number:
        return 0
    if math.isinf(number):
        return length if number > 0 else 0
    return max(0, min(length, int(number)))


def js_substring(text: str, start: Any, end: Any = None) -> str:
    units = _units(text)
    begin = _clamp_index(start, len(units))
    finish = len(units) if end is None else _clamp_index(end, len(units))
    if begin > finish:
        begin, finish = finish, begin
    return _text(units[begin:finish])


def js_char_at(text: str, index: Any = 0) -> str:
    units = _units(text)
    number = js_number(index)
    position = 0 if number != number else int(number) if math.isfinite(number) else -1
    return _text(units[position]) if 0 <= position < len(units) else ""


def js_index_of(container: Union[str, List[Any]], value: Any, from_index: Any = 0) -> int:
    """indexOf on a string or an array (strict equality; NaN is never found)."""
    if isinstance(container, str):
        units = _units(container)
        return units.find(_units(js_str(value)), _clamp_index(from_index, len(units)))
    start = _relative_index(from_index, len(container), 0)
    for position in range(start, len(container)):
        if js_strict_equals(container[position], value):
            return position
    return -1


def js_split(text: str, separator: Optional[str] = None, limit: Any = None) -> List[str]:
    if limit is not None:
        number = js_number(limit)
        count = int(number) & 0xFFFFFFFF if math.isfinite(number) else 0  # ToUint32
        if count == 0:
            return []
    else:
        count = None
    if separator is None:
        parts = [text]
    elif separator == "":
        parts = [_text(unit) for unit in _units(text)]
    elif _SURROGATE.search(separator) is not None:
        # In UTF-16 units on both sides: a separator holding a lone half and an emoji matches units, not characters.
        parts = [_text(part) for part in _units(text).split(_units(separator))]
    else:
        parts = text.split(separator)
    return parts if count is None else parts[:count]


# V8's longest string on 64-bit (String::kMaxLength, Node 20): 2^29 - 24 UTF-16 code units. Longer
# results of padStart, padEnd and repeat throw RangeError "Invalid string length" in Node, where
# Python would build them (gigabytes) or raise MemoryError.
_MAX_STRING_LENGTH = 2**29 - 24


def _padding(text: str, length: Any, fill: str) -> str:
    number = js_number(length)
    current = js_length(text)
    fill_units = _units(fill)
    if number != number or number <= current or fill_units == "":
        return ""
    if number > _MAX_STRING_LENGTH:
        raise JsRangeError("Invalid string length")
    missing = int(number) - current
    return _text((fill_units * (missing // len(fill_units) + 1))[:missing])


def js_pad_start(text: str, length: Any, fill: Optional[str] = " ") -> str:
    """text.padStart(length, fill): an undefined fill (an optional parameter passed on) is " " too."""
    return js_string_add(_padding(text, length, " " if fill is None else fill), text)


def js_pad_end(text: str, length: Any, fill: Optional[str] = " ") -> str:
    """text.padEnd(length, fill): an undefined fill is " ", as one left out is."""
    return js_string_add(text, _padding(text, length, " " if fill is None else fill))


def js_repeat(text: str, count: Any) -> str:
    number = js_number(count)
    if number != number:
        number = 0
    # ToIntegerOrInfinity truncates before the test: repeat(-0.5) is "", as repeat(0) is.
    if math.isinf(number) or int(number) < 0:
        raise JsRangeError(f"Invalid count value: {js_str(count)}")
    times = int(number)
    # The exact length only where the code points could be past the limit (an emoji is 2 units).
    if times * len(text) > _MAX_STRING_LENGTH // 2 and times * js_length(text) > _MAX_STRING_LENGTH:
        raise JsRangeError("Invalid string length")
    repeated = text * times
    # A text from a low surrogate to a high one, twice, holds an emoji where the copies meet.
    return _joined(repeated) if text and "\ud800" <= text[-1] <= "\udbff" and "\udc00" <= text[0] <= "\udfff" else repeated


def js_push(items: List[Any], *values: Any) -> int:
    items.extend(values)
    return len(items)


def js_pop(items: List[Any]) -> Any:
    return items.pop() if items else None


def js_join(items: Sequence[Any], separator: Any = ",") -> str:
    glue = "," if separator is None else js_str(separator)
    joined = _join_items(items, glue)
    # Items meet only through the separator: halves can meet when it is empty or holds one.
    return _joined(joined) if glue == "" or _has_surrogate(glue) else joined


def js_concat(items: List[Any], *others: Any) -> List[Any]:
    result = list(items)
    for other in others:
        if isinstance(other, list):
            result.extend(other)
        else:
            result.append(other)
    return result


def js_reverse(items: List[Any]) -> List[Any]:
    items.reverse()
    return items


def _default_sort_key(value: Any) -> bytes:
    # JavaScript compares the strings' UTF-16 code units; big-endian UTF-16 bytes order the same way.
    return js_str(value).encode("utf-16-be", "surrogatepass")


def js_sorted(strings: Iterable[str]) -> List[str]:
    """A fresh list of strings sorted as array.sort() sorts them: by UTF-16 code unit, not by code point."""
    return sorted(strings, key=_default_sort_key)


def _comparison_key(compare: Callable[[Any, Any], Any]) -> Callable[[Any], Any]:
    """A sort key from a JavaScript comparator: its sign decides, NaN counts as 0."""

    def order(left: Any, right: Any) -> int:
        result = js_number(compare(left, right))
        return 0 if result != result else (result > 0) - (result < 0)

    return functools.cmp_to_key(order)


def js_sort(items: List[Any], compare: Optional[Callable[[Any, Any], Any]] = None) -> List[Any]:
    """array.sort(compare): stable, undefined (None) last, default order by UTF-16 string. Only the
    indices that were sorted are written back, as V8 does: what a comparator pushed stays after them."""
    count = len(items)
    present = [item for item in items if item is not None]
    missing = count - len(present)
    present.sort(key=_default_sort_key if compare is None else _comparison_key(compare))
    items[:count] = present + [None] * missing
    return items


def js_sort_with_nulls(items: List[Any], compare: Optional[Callable[[Any, Any], Any]] = None) -> List[Any]:
    """array.sort(compare) where the elements' type admits null and not undefined, so that None is
    null: JavaScript sorts it with the rest, as the text "null" or through the comparator (only
    undefined goes last)."""
    # Sorted as a copy: CPython empties a list while it sorts it, and a comparator may read the array.
    count = len(items)
    ordered = sorted(items, key=_default_sort_key if compare is None else _comparison_key(compare))
    items[:count] = ordered  # the sorted indices only, as js_sort
    return items


class JsBound:
    """`method.bind(itsObject)`: a function of its own, as each of JavaScript's binds is (two binds
    are two keys of a Set and never ===), calling the method Python binds to its object. Python's
    bound methods are equal, and hash alike, when they bind one function to one object."""

    __slots__ = ("method",)

    def __init__(self, method: Callable[..., Any]) -> None:
        self.method = method

    def __call__(self, *arguments: Any) -> Any:
        return self.method(*arguments)


def js_bind(method: Callable[..., Any]) -> JsBound:
    return JsBound(method)


def js_same_function(one: Any, other: Any) -> bool:
    """`a.run === b.run`: a method read from an object is its class's function in JavaScript, the
    same at every read, where Python makes a new bound method at each (`a.run is a.run` is false)."""
    return getattr(one, "__func__", one) is getattr(other, "__func__", other)


def _arity(callback: Callable[..., Any]) -> int:
    """How many positional arguments a compiled callback takes (JavaScript passes more and they are ignored)."""
    if isinstance(callback, JsBound):
        return _arity(callback.method)
    function = getattr(callback, "__func__", callback)
    code = getattr(function, "__code__", None)
    if code is None:
        return 3
    if code.co_flags & 0x04:  # *args
        return 4
    count = code.co_argcount - (1 if function is not callback else 0)
    return count


def js_fit_arguments(callback: Callable[..., Any]) -> Callable[..., Any]:
    """A callback value given to map, filter, forEach, some, every, find or findIndex whose declaration
    does not show how many parameters it has: JavaScript passes (item, index, array) and the function
    takes as many as it declares; a compiled function used as a value takes all (`*_`), a host's may not."""
    arity = _arity(callback)
    if arity >= 3:
        return callback
    return lambda *arguments: callback(*arguments[:arity])


_DICT_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


def js_array_from(source: Any, mapper: Optional[Callable[..., Any]] = None) -> List[Any]:
    """Array.from(source, mapper): an iterable, a string (by code points) or an array-like {length: n}."""
    if isinstance(source, JsMap):
        # A Map (a dict) reached through Iterable<T>: its entries, walked live, never an array-like.
        items: Iterable[Any] = js_iterable(source)
    elif isinstance(source, (dict, JsObject)):
        # An array-like: a dict, or an object literal with accessors (its `length` getter runs once,
        # review S59A, 54). Each index is read as the mapper goes, as JavaScript reads it.
        length = js_number(source.get("length"))
        count = 0 if length != length or length <= 0 else int(min(length, MAX_SAFE_INTEGER))
        if count > 4294967295:
            raise JsRangeError("Invalid array length")  # before Python would fill gigabytes
        items = (source.get(str(index)) for index in range(count))
    elif mapper is None:
        return list(js_not_running(source))
    elif isinstance(source, JsSet):
        items = js_iterable(source)  # a Set changed by the mapper is walked as JavaScript walks it
    elif isinstance(source, _DICT_VIEWS):
        items = list(source)  # a view raises if the mapper changes its dict
    else:
        # Walked as the mapper goes, as JavaScript does: an array live (the mapper may push), a
        # generator step by step between the mapper's calls.
        items = js_not_running(source)
    if mapper is None:
        return list(items)
    arity = _arity(mapper)
    mapped: List[Any] = []
    try:
        # A loop, not a comprehension: on Python 3.8 and 3.11 a comprehension is a frame of its own,
        # a level less for a walk that recurses through Array.from (246 levels, 330 so).
        for index, item in enumerate(items):
            mapped.append(mapper(*(item, index)[:arity]))
        return mapped
    except BaseException:
        # JavaScript closes the source when the mapper throws (a generator's finally blocks run now,
        # not when it is freed) and keeps the mapper's error over one from closing.
        js_close_iterator(items, quietly=True)
        raise


def js_at(items: Any, index: Any = 0) -> Any:
    """items.at(index) of an array or a string (UTF-16 units): negative from the end, undefined outside."""
    sequence = _units(items) if isinstance(items, str) else items
    number = js_number(index)
    position = 0 if number != number else int(number) if math.isfinite(number) else -(10**18) if number < 0 else 10**18
    if position < 0:
        position += len(sequence)
    if not 0 <= position < len(sequence):
        return None
    return _text(sequence[position]) if isinstance(items, str) else sequence[position]


def js_char_code_at(text: str, index: Any = 0) -> Number:
    units = _units(text)
    number = js_number(index)
    position = 0 if number != number else int(number) if math.isfinite(number) else -1
    return ord(units[position]) if 0 <= position < len(units) else math.nan


def js_code_point_at(text: str, index: Any = 0) -> Optional[int]:
    units = _units(text)
    number = js_number(index)
    position = 0 if number != number else int(number) if math.isfinite(number) else -1
    if not 0 <= position < len(units):
        return None
    first = ord(units[position])
    if 0xD800 <= first <= 0xDBFF and position + 1 < len(units) and 0xDC00 <= ord(units[position + 1]) <= 0xDFFF:
        return 0x10000 + ((first - 0xD800) << 10) + (ord(units[position + 1]) - 0xDC00)
    return first


def js_flat(items: List[Any], depth: Any = 1) -> List[Any]:
    # An undefined depth is 1, as absent (ECMA-262's Array.prototype.flat), where ToNumber would give NaN: 0.
    number = 1 if depth is None else js_number(depth)
    levels = 0 if number != number or number < 1 else number
    result: List[Any] = []
    for item in items:
        if isinstance(item, list) and levels >= 1:
            result.extend(js_flat(item, levels - 1))
        else:
            result.append(item)
    return result


def js_flat_map(items: List[Any], callback: Callable[..., Any]) -> List[Any]:
    arity = _arity(callback)
    result: List[Any] = []
    # Up to the starting length, each element read when its turn comes and skipped once removed, as JavaScript does.
    for index in range(len(items)):
        if index >= len(items):
            continue
        # Called here, not through a helper: each frame is a level less for a walk that recurses through flatMap.
        mapped = callback(*(items[index], index, items)[:arity])
        if isinstance(mapped, list):
            result.extend(mapped)
        else:
            result.append(mapped)
    return result


def js_fill(items: List[Any], value: Any, start: Any = None, end: Any = None) -> List[Any]:
    begin = _relative_index(start, len(items), 0)
    finish = _relative_index(end, len(items), len(items))
    for index in range(begin, finish):
        items[index] = value
    return items


def js_object_from_entries(entries: Any) -> Dict[str, Any]:
    """Object.fromEntries(entries): keys as strings, in JavaScript's order."""
    result: Dict[str, Any] = {}
    pairs = entries.items() if isinstance(entries, dict) else js_not_running(entries)
    for pair in pairs:
        key, value = pair[0], pair[1]
        result[key if isinstance(key, str) else js_str(key)] = value
    return result


def js_fixed_length(items: List[Any]) -> Iterator[Any]:
    """The walk of forEach, map, filter, some and every: each index read live, up to the length at
    the start (elements the callback pushes are not visited; removed ones end the walk, as
    JavaScript skips missing indices)."""
    return itertools.islice(items, len(items))


def js_fixed_length_reads(items: List[Any]) -> Iterator[Any]:
    """The walk of find and findIndex: every index up to the length at the start, read live; an
    index the callback removed reads undefined, as in JavaScript."""
    for index in range(len(items)):
        yield items[index] if index < len(items) else None


def js_keep_length(length: int, mapped: List[Any]) -> List[Any]:
    """map's result keeps the array's starting length: a callback that shortened the array leaves
    holes at the end, which read as undefined."""
    if len(mapped) < length:
        mapped.extend([None] * (length - len(mapped)))
    return mapped


def js_reduce(items: List[Any], callback: Callable[..., Any], *initial: Any) -> Any:
    """array.reduce(callback[, initial]): TypeError on an empty array without an initial value, as in JavaScript."""
    arity = _arity(callback)
    if initial:
        accumulator = initial[0]
        start = 0
    elif items:
        accumulator = items[0]
        start = 1
    else:
        raise TypeError("Reduce of empty array with no initial value")
    for index in range(start, len(items)):
        if index < len(items):  # an index the callback removed is skipped, as in JavaScript
            accumulator = callback(*(accumulator, items[index], index, items)[: max(arity, 0)])
    return accumulator


def js_reduce_right(items: List[Any], callback: Callable[..., Any], *initial: Any) -> Any:
    """array.reduceRight(callback[, initial]): from the last element to the first; TypeError on an
    empty array without an initial value, as in JavaScript."""
    arity = _arity(callback)
    start = len(items) - 1
    if initial:
        accumulator = initial[0]
    elif items:
        accumulator = items[start]
        start -= 1
    else:
        raise TypeError("Reduce of empty array with no initial value")
    for index in range(start, -1, -1):
        if index < len(items):  # an index the callback removed is skipped, as in JavaScript
            accumulator = callback(*(accumulator, items[index], index, items)[: max(arity, 0)])
    return accumulator


def js_array_with(items: List[Any], index: Any, value: Any) -> List[Any]:
    """array.with(index, value): a copy with one element replaced; a negative index counts from the
    end; RangeError outside the array, as in JavaScript."""
    number = js_number(index)
    relative = 0 if number != number else number if math.isinf(number) else int(number)
    position = relative if relative >= 0 else len(items) + relative
    if not 0 <= position < len(items):
        raise JsRangeError(f"Invalid index : {js_str(index)}")
    result = list(items)
    result[int(position)] = value
    return result


def js_new_array(length: Any) -> List[Any]:
    """new Array(length) (filled at once by `.fill(value)`): RangeError for a length that is not a
    whole number from 0 to 2**32 - 1, as in JavaScript."""
    if not (js_is_number(length) and length == length and not math.isinf(length) and float(length).is_integer() and 0 <= length < 2**32):
        raise JsRangeError("Invalid array length")
    return [None] * int(length)


def js_shift(items: List[Any]) -> Any:
    return items.pop(0) if items else None


def js_unshift(items: List[Any], *values: Any) -> int:
    items[0:0] = values
    return len(items)


def js_splice(items: List[Any], start: Any, *rest: Any) -> List[Any]:
    """array.splice(start[, deleteCount[, ...items]]): removes and returns, inserts in place."""
    length = len(items)
    begin = _relative_index(start, length, 0)
    if rest:
        count_number = js_number(rest[0])
        count = 0 if count_number != count_number else int(max(0, min(count_number, length - begin)))
    else:
        count = length - begin
    removed = items[begin : begin + count]
    items[begin : begin + count] = list(rest[1:])
    return removed


def js_to_spliced(items: List[Any], *arguments: Any) -> List[Any]:
    """array.toSpliced(start[, deleteCount[, ...items]]): a new array spliced as splice() would splice
    the old one, which stays as it was; toSpliced() with no arguments is a plain copy (it removes
    nothing, where splice(undefined) would remove everything)."""
    copy = list(items)
    if arguments:
        js_splice(copy, *arguments)
    return copy


def js_includes(items: Sequence[Any], value: Any, from_index: Any = 0) -> bool:
    """array.includes(value, fromIndex): SameValueZero, so NaN is found and True is not 1; a negative
    fromIndex counts from the end."""
    start = _relative_index(from_index, len(items), 0)
    searched = items[start:] if start > 0 else items
    if js_is_number(value) and value != value:
        return any(js_is_number(item) and item != item for item in searched)
    return any(js_strict_equals(item, value) for item in searched)


def js_last_index_of(container: Union[str, List[Any]], value: Any, from_index: Any = _ABSENT) -> int:
    if isinstance(container, str):
        units = _units(container)
        search = _units(js_str(value))
        # A string's position: undefined is NaN, which searches the whole text, as a position left out does.
        number = math.inf if from_index is _ABSENT or from_index is None else js_number(from_index)
        start = len(units) if number != number else max(0, min(len(units), int(number) if math.isfinite(number) else len(units) if number > 0 else 0))
        return units.rfind(search, 0, start + len(search))
    last = len(container) - 1
    # An array's position: undefined is 0 (ToIntegerOrInfinity of NaN), where one left out is the last index.
    if from_index is not _ABSENT:
        number = 0 if from_index is None else js_number(from_index)
        if number != number:
            number = 0
        # ToIntegerOrInfinity truncates first: -0.5 is 0 (the first element), not half a step from the end.
        if math.isinf(number):
            last = last if number > 0 else -1
        else:
            integer = int(number)
            last = min(last, integer) if integer >= 0 else len(container) + integer
    for position in range(last, -1, -1):
        if js_strict_equals(container[position], value):
            return position
    return -1


class JsSet:
    """JavaScript's Set: insertion-ordered, values compared like Map keys."""

    def __init__(self, values: Optional[Any] = None) -> None:
        # A JsMap tells the loops walking this Set (js_live_keys) what is added and deleted; values
        # go in as SameValueZero finds them (one NaN, -0 as 0).
        self._values = JsMap(dict.fromkeys(_number_key(value) for value in js_not_running(values)) if values is not None else ())

    def add(self, value: Any) -> "JsSet":
        # Only a float can be NaN or -0, so add, delete and `in` test the class inline: 1,000 adds and
        # lookups of strings took 124 µs against 262 µs through _number_key (Python 3.11, best of 7).
        self._values[_number_key(value) if value.__class__ is float else value] = None
        return self

    def delete(self, value: Any) -> bool:
        return self._values.pop(_number_key(value) if value.__class__ is float else value, _ABSENT) is not _ABSENT

    def clear(self) -> None:
        self._values.clear()

    def __contains__(self, value: Any) -> bool:
        return (_number_key(value) if value.__class__ is float else value) in self._values

    def __iter__(self) -> Any:
        return iter(list(self._values))

    def __len__(self) -> int:
        return len(self._values)


class _JsDictMethod:
    """`get`, `keys`, `values`, `items` of a JsObject: its own member of that name when it has one
    (`{ items: [], get(key) {…} }`), else the dict method, for code that reads it as a data interface."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        # A key of this name in `_js_extra` (written through a Record view) is left to the dict's
        # readers (`Object.entries`, JSON), which call the dict method.
        return self.own_member(instance, getattr(instance, "_js_dict_" + self.name), False)

    def own_member(self, instance: Any, absent: Any, extra: bool) -> Any:
        """The object's own member of this name (its attribute or accessor; with `extra`, also a key
        the compiler did not know, kept in `_js_extra`), else `absent`."""
        own = instance.__dict__
        if self.name in own:
            return own[self.name]
        pair = own["_js_accessors"].get(self.name)
        if pair is not None:
            return None if pair[0] is None else pair[0](instance)
        return own["_js_extra"].get(self.name, absent) if extra else absent

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.name] = value


class JsObject:
    """An object literal with methods, getters or setters (or one typed by an interface with methods).

    Its own properties in JavaScript's order. One JavaScript key has exactly one storage slot:
    - a key the compiler knows (a member of the literal or of its types) lives in the Python
      attribute the compiler gave it (`fooBar` is `foo_bar`), so compiled member access is a plain
      attribute access; methods are bound to the object (`this` when called through it), accessors
      run through `__getattr__`/`__setattr__`;
    - any other key (written later through a Record view: `record["foo_bar"]`, `record["__class__"]`,
      `record["keys"]`) lives in `_js_extra` under the key itself, never as an attribute, so it can
      neither overwrite a member whose Python name it shares nor reach Python's own attributes.
    It also reads and writes by JavaScript key (`object["key"]`, `get`, `keys`) so that it can pass
    where a data interface (a dict) is expected. Each entry is (JavaScript key, Python attribute or
    None for a key the compiler does not know, "data" | "method" | "get" | "set", value).
    """

    get = _JsDictMethod("get")
    keys = _JsDictMethod("keys")
    values = _JsDictMethod("values")
    items = _JsDictMethod("items")

    def __init__(self, entries: Iterable[Any], later_keys: Optional[Dict[str, str]] = None) -> None:
        # JavaScript key → its Python attribute, or None when the key lives in `_js_extra`; in insertion order.
        object.__setattr__(self, "_js_names", {})
        object.__setattr__(self, "_js_accessors", {})
        object.__setattr__(self, "_js_extra", {})
        # The keys the compiler knows and their attributes, both ways. Later keys are members its type
        # declares but the literal left out (`sideCount?: number` is `side_count`): assigned later,
        # through the attribute or by key, they join the keys by their own name and live in that attribute.
        object.__setattr__(self, "_js_attribute_keys", dict(later_keys or {}))
        object.__setattr__(self, "_js_key_attributes", {key: attribute for attribute, key in (later_keys or {}).items()})
        for key, attribute, kind, value in entries:
            self._js_define(key, attribute, kind, value)

    def _js_define(self, key: str, attribute: Optional[str], kind: str, value: Any) -> None:
        names: Dict[str, Optional[str]] = self._js_names
        if key in names and names[key] is None and (kind == "get" or kind == "set") and attribute is not None:
            # A spread gave the key a slot in `_js_extra`; the accessor defined after it takes the
            # key's place with the attribute accessors need (`{ ...data, set skip(v) {} }`: review S46E, F1).
            self._js_extra.pop(key, None)
            attribute = self._js_attribute_of(key, attribute)
            names[key] = attribute
        elif key in names:
            attribute = names[key]  # a key defined again keeps its first position and its slot, as in JavaScript
        else:
            attribute = self._js_attribute_of(key, attribute)
            names[key] = attribute
        if attribute is None:
            if kind == "get" or kind == "set":
                raise JsTypeError(f"the accessor {key} has no attribute")  # the compiler gives every accessor one (CS1034 refuses a shared one)
            self._js_extra[key] = _JsBoundMethod(value, self, key) if kind == "method" else value
            return
        accessors: Dict[str, List[Any]] = self._js_accessors
        if kind == "get" or kind == "set":
            self.__dict__.pop(attribute, None)
            pair = accessors.setdefault(attribute, [None, None])
            pair[0 if kind == "get" else 1] = value
            return
        accessors.pop(attribute, None)
        object.__setattr__(self, attribute, _JsBoundMethod(value, self, key) if kind == "method" else value)

    def _js_attribute_of(self, key: str, attribute: Optional[str]) -> Optional[str]:
        """The slot of a key the object does not hold yet: its attribute when the compiler knows the
        key (and no other key has that attribute), else None (`_js_extra`)."""
        known = self._js_key_attributes.get(key)
        if known is not None:
            return known
        if attribute is None or self._js_attribute_keys.get(attribute, key) != key:
            return None
        self._js_attribute_keys[attribute] = key
        self._js_key_attributes[key] = attribute
        return attribute

    def __getattr__(self, attribute: str) -> Any:
        # Called only for what is not an attribute already: an accessor, a member the object lacks,
        # or a key it holds in `_js_extra` read through a type that names it (`{ extra?: number }`).
        own = self.__dict__
        pair = own.get("_js_accessors", {}).get(attribute)
        if pair is not None:
            return None if pair[0] is None else pair[0](self)
        if attribute.startswith("__") or attribute.startswith("_js_"):
            raise AttributeError(attribute)  # Python's own protocols (copy, pickle) probe for these
        if attribute not in own.get("_js_attribute_keys", {}):
            return own.get("_js_extra", {}).get(attribute)
        return None  # an absent property reads as undefined in JavaScript (an optional member not set)

    def __setattr__(self, attribute: str, value: Any) -> None:
        pair = self._js_accessors.get(attribute)
        if pair is not None:
            if pair[1] is None:
                raise JsTypeError(f"Cannot set property {self._js_attribute_keys.get(attribute, attribute)} of #<Object> which has only a getter")
            pair[1](self, value)
            return
        key = self._js_attribute_keys.get(attribute)
        self._js_unmark(attribute if key is None else key)
        if key is None:
            # An attribute the compiler gave no key to is named as its key (`extra?: number` read
            # through a wider type): that key's one slot is in `_js_extra`.
            self._js_names.setdefault(attribute, None)
            self._js_extra[attribute] = value
            return
        self._js_names.setdefault(key, attribute)
        object.__setattr__(self, attribute, value)

    def _js_unmark(self, key: str) -> None:
        """A data member written or deleted is no longer the literal's undefined (js_undefined_members)."""
        marked: Tuple[str, ...] = self.__dict__.get("_js_undefined", ())
        if key in marked:
            object.__setattr__(self, "_js_undefined", tuple(other for other in marked if other != key))

    def _js_delete(self, key: str) -> None:
        self._js_unmark(key)
        if key not in self._js_names:
            return
        attribute = self._js_names.pop(key)
        if attribute is None:
            del self._js_extra[key]
        else:
            self._js_accessors.pop(attribute, None)
            self.__dict__.pop(attribute, None)

    def _js_keys(self) -> List[str]:
        return list(js_object_order(self._js_names))

    def _js_slot(self, key: str) -> Any:
        """The stored value of a data property or method, without running anything."""
        attribute = self._js_names[key]
        return self._js_extra[key] if attribute is None else self.__dict__[attribute]

    def _js_kind(self, key: str) -> str:
        """"data", "method", "get", "set" or "get/set": what console.log shows for the property."""
        attribute = self._js_names[key]
        pair = None if attribute is None else self._js_accessors.get(attribute)
        if pair is not None:
            return "get/set" if pair[0] is not None and pair[1] is not None else "get" if pair[0] is not None else "set"
        value = self._js_slot(key)
        return "method" if isinstance(value, _JsBoundMethod) and value.receiver is self else "data"

    # Reading and writing by JavaScript key, as a data interface's dict is read.
    def __getitem__(self, key: str) -> Any:
        attribute = self._js_names[key]
        return self._js_extra[key] if attribute is None else getattr(self, attribute)

    def _js_dict_get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._js_names else default

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self._js_names:
            attribute = self._js_names[key]
        else:
            attribute = self._js_key_attributes.get(key)
            self._js_names[key] = attribute
        if attribute is None:
            self._js_unmark(key)
            self._js_extra[key] = value
        else:
            setattr(self, attribute, value)

    def __contains__(self, key: object) -> bool:
        return key in self._js_names

    def __iter__(self) -> Any:
        return iter(self._js_keys())

    def __len__(self) -> int:
        return len(self._js_names)

    def _js_dict_keys(self) -> List[str]:
        return self._js_keys()

    # A key a getter deletes before its turn is skipped, as JavaScript skips a key no longer own
    # when it comes to it (review S59C, B: `get a() { delete obj.b; … }`).
    def _js_dict_values(self) -> List[Any]:
        return [self[key] for key in self._js_keys() if key in self._js_names]

    def _js_dict_items(self) -> List[Any]:
        return [(key, self[key]) for key in self._js_keys() if key in self._js_names]


def js_optional_member(receiver: Any, attribute: str) -> Any:
    """An optional member an interface declares, read on a value that may lack it (undefined then).

    getattr would also find what JavaScript never reaches from an instance: a static of that name
    (`static size = 3`, a static method), or an attribute of Python's own classes (an Error's
    `args`). So a compiled class instance is read through its own attributes and then its classes'
    instance members (methods defined in the class body, accessors, the None of an optional method
    left out); the runtime's classes (JsError's `name`) count as JavaScript's prototypes. A class
    passed as a value (`const f: Factory = Widget`) is the mirror: see _js_static_member."""
    own = getattr(receiver, "__dict__", None)
    if isinstance(receiver, JsObject):
        # `get`, `keys`, `values`, `items` would otherwise read the dict method a JsObject lends to
        # code that takes it for a data interface's dict; a typed read wants the member or undefined.
        dict_method = JsObject.__dict__.get(attribute)
        return dict_method.own_member(receiver, None, True) if isinstance(dict_method, _JsDictMethod) else getattr(receiver, attribute, None)
    if isinstance(receiver, type):
        return _js_static_member(receiver, attribute)
    if own is None:
        return getattr(receiver, attribute, None)
    if attribute in own:
        return own[attribute]
    for owner in type(receiver).__mro__:
        if owner.__module__ == "builtins" or attribute not in owner.__dict__:
            continue
        value = owner.__dict__[attribute]
        if value is None:
            return None  # an optional method the class leaves out
        if owner.__module__ == __name__ or isinstance(value, property) or (isinstance(value, types.FunctionType) and value.__qualname__ == owner.__qualname__ + "." + attribute):
            bind = getattr(type(value), "__get__", None)
            return value if bind is None else bind(value, receiver, type(receiver))
        # Otherwise a static field or static method: not on an instance's prototype chain.
    return None


def _js_static_member(cls: type, attribute: str) -> Any:
    """An optional member read on a class object: JavaScript finds the class's statics (static
    fields, static methods, static accessors) and then its base classes', never the prototype's
    members. getattr would also find what the class body defines for instances (a method, an
    accessor's property, the None of an optional method left out) and what Python's `type` lends
    every class (`mro`). Static accessors live on the class's metaclass (a data descriptor there
    wins, as it does for a compiled `Widget.total`); the rest in the classes' own namespaces."""
    metaclass: type = type(cls)
    for meta in metaclass.__mro__:
        value = meta.__dict__.get(attribute) if meta.__module__ not in ("builtins", __name__) else None
        if isinstance(value, property):
            return value.__get__(cls, metaclass)
    for owner in cls.__mro__:
        if owner.__module__ in ("builtins", __name__) or attribute not in owner.__dict__:
            continue
        value = owner.__dict__[attribute]
        if value is None:
            return None  # a static declared without a value, or an optional method left out
        if isinstance(value, property) or (isinstance(value, types.FunctionType) and value.__qualname__ == owner.__qualname__ + "." + attribute):
            continue  # an instance accessor or method: the prototype's, not the class's
        bind = getattr(type(value), "__get__", None)
        return value if bind is None or isinstance(value, types.FunctionType) else bind(value, None, cls)
    return None


def js_object(entries: Iterable[Any], later_keys: Optional[Dict[str, str]] = None) -> Any:
    """An object literal with methods or accessors. Typed Any: its value may be passed where a data
    interface (a Dict) is expected, and its members are known to TypeScript, not to Python's checker."""
    return JsObject(entries, later_keys)


class _JsBoundMethod:
    """A method of an object literal, bound to the object it was read from. Copied by spread, it
    becomes the copy's (JavaScript passes the receiver as `this` at each call)."""

    __slots__ = ("function", "receiver", "name")

    def __init__(self, function: Callable[..., Any], receiver: Any, name: str) -> None:
        self.function = function
        self.receiver = receiver
        self.name = name

    def __call__(self, *args: Any) -> Any:
        return self.function(self.receiver, *args)


class _JsUndefinedThis:
    """`this` of a method called without its object: undefined in JavaScript's strict code, where
    reading or writing a member throws TypeError."""

    __slots__ = ()

    def __getattr__(self, attribute: str) -> Any:
        raise JsTypeError(f"Cannot read properties of undefined (reading '{attribute}')")

    def __setattr__(self, attribute: str, value: Any) -> None:
        raise JsTypeError(f"Cannot set properties of undefined (setting '{attribute}')")

    def __getitem__(self, key: Any) -> Any:
        raise JsTypeError(f"Cannot read properties of undefined (reading '{js_str(key)}')")


_UNDEFINED_THIS = _JsUndefinedThis()


def _detached(value: Any, source: Any) -> Any:
    """A value Object.values or Object.entries gives: an object literal's method taken from it is
    called later without its object (`this` undefined, review S59C, D), as a plain function is."""
    if isinstance(value, _JsBoundMethod) and value.receiver is source:
        return _JsBoundMethod(value.function, _UNDEFINED_THIS, value.name)
    return value


def js_spread_entries(source: Any, attributes: Dict[str, str]) -> List[Any]:
    """The entries `{...source}` copies into an object literal: own properties in order, getters
    read once now (their values copied as data), methods rebound to the new object. A dict's keys
    become the attributes the compiler names in `attributes` (snake_case); a key it does not name is kept by key (`_js_extra`).
    undefined, null and a falsy primitive (`...(on && extra)`) spread as nothing."""
    if source is None or isinstance(source, (bool, int, float, str)):
        return []
    if isinstance(source, JsObject):
        entries = []
        for key in source._js_keys():
            attribute = source._js_names[key]
            if source._js_kind(key) == "method":
                entries.append((key, attribute, "method", source._js_slot(key).function))
            else:
                entries.append((key, attribute, "data", source[key]))
        return entries
    return [(key, attributes.get(key), "data", value) for key, value in js_object_order(source).items()]


class JsMap(Dict[Any, Any]):
    """JavaScript's Map: a dict, read and written as a dict. Being its own class lets String(),
    JSON.stringify and instanceof tell it from a record whatever the static type said (`[object
    Map]`, `{}`), and lets a for…of walk it as JavaScript does: while a loop walks it, it is a
    _WalkedJsMap, which tells the walk every key gained or lost, whoever makes the change. Only
    then: a Map no loop walks keeps the dict's own methods (an override on every `map[key] = value`
    cost the merge benchmark 11-16%)."""

    def copy(self) -> "JsMap":
        return js_map_from(self, _UNWALKED.get(type(self), type(self)))


class _WalkNotices(Dict[Any, Any]):
    """The class a walked Map takes on: every change is told to the walks (_LIVE_WALKS)."""

    def __setitem__(self, key: Any, value: Any) -> None:
        if key not in self:
            _walks_saw_added(self, key)
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        if key in self:
            _walks_saw_deleted(self, key)
        super().__delitem__(key)

    def pop(self, key: Any, *default: Any) -> Any:
        if key in self:
            _walks_saw_deleted(self, key)
        return super().pop(key, *default)

    def popitem(self) -> Tuple[Any, Any]:
        if self:
            _walks_saw_deleted(self, next(reversed(self)))
        return super().popitem()

    def clear(self) -> None:
        _walks_saw_cleared(self)
        super().clear()

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *others: Any, **named: Any) -> None:
        for key, value in dict(*others, **named).items():
            self[key] = value

    def __ior__(self, other: Any) -> Any:  # type: ignore[override,misc]
        self.update(other)
        return self


def _number_key(key: Any) -> Any:
    """A key as SameValueZero finds it: every NaN is one NaN (Python's NaN != NaN, and arithmetic
    makes a new NaN object each time), and -0 is the key 0."""
    if key.__class__ is float:
        if key != key:
            return math.nan
        if key == 0:
            return 0.0
    return key


class JsNumberKeyMap(JsMap):
    """A Map whose key type admits numbers (the compiler picks it where the Map is made): NaN finds
    NaN and -0 finds 0, as in JavaScript. Maps keyed only by strings or objects skip this work."""

    def __init__(self, entries: Any = ()) -> None:
        super().__init__()
        for key, value in entries.items() if isinstance(entries, dict) else entries:
            self[key] = value

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(_number_key(key), value)

    def __missing__(self, key: Any) -> Any:
        found = _number_key(key)
        if found is key:
            raise KeyError(key)
        return dict.__getitem__(self, found)

    def get(self, key: Any, default: Any = None) -> Any:
        return super().get(_number_key(key), default)

    def __contains__(self, key: Any) -> bool:
        return super().__contains__(_number_key(key))

    def __delitem__(self, key: Any) -> None:
        super().__delitem__(_number_key(key))

    def pop(self, key: Any, *default: Any) -> Any:
        return super().pop(_number_key(key), *default)


# JsNumberKeyMap's methods come first, so the walks are told of keys as the dict keeps them (one NaN, 0 for -0).
class _WalkedJsMap(JsMap, _WalkNotices):
    pass


class _WalkedJsNumberKeyMap(JsNumberKeyMap, _WalkNotices):
    pass


# The class a Map takes on while a loop walks it, and back.
_WALKED: Dict[type, type] = {JsMap: _WalkedJsMap, JsNumberKeyMap: _WalkedJsNumberKeyMap}
_UNWALKED: Dict[type, type] = {walked: plain for plain, walked in _WALKED.items()}


def js_map_from(entries: Any, kind: Any = JsMap) -> JsMap:
    """new Map(entries): from [key, value] pairs (a Map's own entries when given a Map); `kind` is
    JsNumberKeyMap where the key type admits numbers."""
    result = kind()
    if entries is None:
        return result  # new Map(undefined), new Map(null): empty, as in JavaScript
    for key, value in entries.items() if isinstance(entries, dict) else js_not_running(entries):
        result[key] = value
    return result


class JsLabelledIterator(Iterator[_T]):
    """An iterator of JavaScript's own that String() names wherever it is (behind a type that does not
    say which, inside an array): "[object Array Iterator]" for an array's keys() and entries(),
    "[object RegExp String Iterator]" for matchAll's. It has no return() to close it, as in JavaScript.
    (values() is Python's own list iterator, which js_str names by its type.)"""

    __slots__ = ("_steps", "label")

    def __init__(self, steps: Iterator[_T], label: str) -> None:
        self._steps = steps
        self.label = label

    def __iter__(self) -> "JsLabelledIterator[_T]":
        return self

    def __next__(self) -> _T:
        return next(self._steps)


def js_array_entries(items: List[Any]) -> Iterator[List[Any]]:
    """array.entries(): [index, item] arrays (lists, as a program may keep and change them), read
    live as JavaScript's iterator reads the array: an item pushed during the walk is reached."""
    return JsLabelledIterator(([index, item] for index, item in enumerate(items)), "[object Array Iterator]")


def js_map_entries(mapping: Dict[Any, Any]) -> List[List[Any]]:
    """[...map], Array.from(map), map.entries(): [key, value] arrays (lists a program may change), not tuples."""
    return [[key, value] for key, value in mapping.items()]


def js_map_delete(mapping: Dict[Any, Any], key: Any) -> bool:
    """map.delete(key): whether the key was there."""
    if key in mapping:
        del mapping[key]
        return True
    return False


def js_map_set(mapping: Dict[Any, Any], key: Any, value: Any) -> Dict[Any, Any]:
    """map.set(key, value) as a value: the Map itself."""
    mapping[key] = value
    return mapping


class _IteratorResult(Dict[str, Any]):
    """{ value, done } whose value is undefined: both keys are there, as in Node (Object.keys, `in`);
    console.log prints the None value as undefined and JSON.stringify leaves it out."""


class _JsUndefinedMembers(Dict[str, Any]):
    """An object literal's dict in which the members named in `_js_undefined` hold undefined when
    None: the compiler found their values' types admit undefined and not null. JSON.stringify leaves
    them out, as Node does; anything else sees a dict. A member written or deleted later is no longer
    marked: what is written then (a null the member's type admits) is not the literal's undefined."""

    _js_undefined: Tuple[str, ...] = ()

    def _js_unmark(self, key: Any) -> None:
        if key in self._js_undefined:
            self._js_undefined = tuple(marked for marked in self._js_undefined if marked != key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._js_unmark(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._js_unmark(key)
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        self._js_unmark(key)
        return super().pop(key, *default)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self._js_unmark(key)
        return super().setdefault(key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        given = dict(*args, **kwargs)
        for key in given:
            self._js_unmark(key)
        super().update(given)

    def clear(self) -> None:
        self._js_undefined = ()
        super().clear()


def js_undefined_members(entries: _T, keys: Tuple[Any, ...], spreads: Tuple[Tuple[Any, Tuple[Any, ...]], ...] = ()) -> _T:
    """`{ name, nickname: user.nickname }`: the object, marked with the keys of its members whose None
    is undefined (a JsObject in place, a dict as a copy, made only when one of them is None now).
    A key given as `(key, later_keys)` is marked unless a later computed key of the literal equals
    it (that member, written after it, holds the value).

    `{ ...data, a: 2 }`: each spread source's own marks are carried, given as `(source, later)`,
    where `later` holds the keys of the literal's members after the spread (texts) and the later
    spread sources (objects), either of which replaces the member the source gave."""
    marks = tuple(key if isinstance(key, str) else key[0] for key in keys if isinstance(key, str) or key[0] not in key[1])
    for source, later in spreads:
        for carried in _undefined_members_of(source):
            # A later source that is null or undefined (`{ ...maybe }`) gives no keys.
            replaced = any(carried == other if isinstance(other, str) else other is not None and carried in other for other in later)
            if not replaced and carried not in marks:
                marks = marks + (carried,)
    made: Any = entries
    if isinstance(made, JsObject):
        object.__setattr__(made, "_js_undefined", marks)
        return entries
    if not any(made.get(key, 0) is None for key in marks):
        return entries
    marked = _JsUndefinedMembers(made)
    marked._js_undefined = marks
    return cast(_T, marked)


def _undefined_members_of(value: Any) -> Tuple[str, ...]:
    if isinstance(value, _JsUndefinedMembers):
        return value._js_undefined
    if isinstance(value, JsObject):
        return value.__dict__.get("_js_undefined", ())
    return ()


def js_iterator_next(iterator: Any, yielded_none_is_null: bool = False, returned_none_is_null: bool = False) -> Dict[str, Any]:
    """iterator.next(): JavaScript's { value, done }. A finished generator gives its return value once,
    then undefined. The compiler says, from the types, whether a None value is null or undefined."""
    if not hasattr(iterator, "__next__"):
        # A hand-written iterator (an object or a class instance with next()) typed `Iterator<T>`:
        # its own next() (the attribute next_, as the compiler names it) gives the result.
        return iterator.next_()
    finished = getattr(iterator, "gi_frame", 0) is None
    if getattr(iterator, "gi_running", False):
        # Its own body calls next(): Python raises ValueError ("generator already executing").
        raise JsTypeError("Generator is already running")
    try:
        value = next(iterator)
        done = False
        none_is_null = yielded_none_is_null
    except StopIteration as stop:
        value = stop.value
        done = True
        none_is_null = returned_none_is_null and not finished
    if value is None and not none_is_null:
        return _IteratorResult(value=None, done=done)
    return {"value": value, "done": done}


def js_not_running(iterator: Any) -> Any:
    """The start of a walk (for…of, a spread, Array.from, yield*, new Set/Map, Object.fromEntries) of
    a generator: from inside the generator's own body, JavaScript's first next() throws TypeError,
    where Python's raises ValueError ("generator already executing"). A walk that starts while the
    generator is not running cannot reach it running later but through a walk of its own, which
    starts here too: one test per walk, none per element."""
    if getattr(iterator, "gi_running", False):
        raise JsTypeError("Generator is already running")
    return iterator


class _StepChecked:
    """A walk inside a generator that may pause in the middle (a yield* or a for…of whose body
    yields): the generator it walks may resume it from its own body, where JavaScript's next()
    throws TypeError and Python's raises ValueError, so each step is tested, not only the first.
    yield from forwards send(), throw() and close() through it as it does to a generator."""

    __slots__ = ("_source",)

    def __init__(self, source: Any) -> None:
        self._source = source

    def _check(self) -> None:
        if getattr(self._source, "gi_running", False):
            raise JsTypeError("Generator is already running")

    def __iter__(self) -> "_StepChecked":
        return self

    def __next__(self) -> Any:
        self._check()
        return next(self._source)

    def send(self, value: Any) -> Any:
        self._check()
        return self._source.send(value)

    def throw(self, error: Any, *rest: Any) -> Any:
        # yield from passes the exception alone (Python 3.12 on) or as type, value, traceback.
        self._check()
        throw = getattr(self._source, "throw", None)
        if throw is None:
            raise rest[0] if rest and rest[0] is not None else error
        return throw(error, *rest)

    def close(self) -> None:
        close = getattr(self._source, "close", None)
        if close is not None:
            close()

    @property
    def gi_running(self) -> bool:
        return bool(getattr(self._source, "gi_running", False))


def js_step_checked(source: Any) -> Any:
    """The walk of a yield*, or of a for…of whose body yields, inside a generator (see _StepChecked)."""
    return _StepChecked(iter(source))


def js_close_iterator(iterator: Any, quietly: bool = False) -> None:
    """What for…of does when left early: the generator's return(), which runs its finally blocks and ends it.
    After an error in the loop's body, an error from closing is dropped: JavaScript keeps the body's."""
    close = getattr(iterator, "close", None)
    if close is None:
        return
    if not quietly:
        if getattr(iterator, "gi_running", False):
            raise JsTypeError("Generator is already running")  # Python's close() raises ValueError
        _close_generator(close)
        return
    try:
        _close_generator(close)
    except Exception:
        pass


def _close_generator(close: Callable[[], None]) -> None:
    """close(), where a generator that caught the close (an error its own walk's close threw, caught
    by its catch) and yielded again is left suspended there, as JavaScript's return() leaves it
    (answering done: false); CPython's close() raises RuntimeError for that yield."""
    try:
        close()
    except RuntimeError as error:
        if type(error) is not RuntimeError or str(error) != "generator ignored GeneratorExit":
            raise


def js_find_last(items: List[Any], callback: Callable[..., Any]) -> Any:
    """array.findLast(callback): from the end; each element read when its turn comes, as JavaScript does."""
    arity = _arity(callback)
    for index in range(len(items) - 1, -1, -1):
        item = items[index] if index < len(items) else None
        if js_truthy(callback(*(item, index, items)[:arity])):
            return item
    return None


def js_find_last_index(items: List[Any], callback: Callable[..., Any]) -> int:
    arity = _arity(callback)
    for index in range(len(items) - 1, -1, -1):
        item = items[index] if index < len(items) else None
        if js_truthy(callback(*(item, index, items)[:arity])):
            return index
    return -1


def js_fround(value: Any = math.nan) -> Number:
    """Math.fround: the nearest 32-bit float (ties to even), Infinity past its range, as IEEE 754 rounds."""
    number = float(value)
    if number != number:
        return math.nan
    try:
        return _normalize(struct.unpack("<f", struct.pack("<f", number))[0])
    except OverflowError:
        return math.copysign(math.inf, number)


def js_hypot(*values: Number) -> Number:
    """Math.hypot as V8 computes it (math.tq): scaled by the largest value, Kahan-summed squares,
    so the last digit agrees with Node where Python's math.hypot (another algorithm) may not."""
    if len(values) == 0:
        return 0
    absolutes: List[float] = []
    largest = 0.0
    one_is_nan = False
    for value in values:
        number = float(value)
        if number != number:
            one_is_nan = True
            absolutes.append(0.0)
        else:
            absolute = abs(number)
            absolutes.append(absolute)
            if absolute > largest:
                largest = absolute
    if largest == math.inf:
        return math.inf
    if one_is_nan:
        return math.nan
    if largest == 0:
        return 0
    total = 0.0
    compensation = 0.0
    for absolute in absolutes:
        scaled = absolute / largest
        summand = scaled * scaled - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return _normalize(math.sqrt(total) * largest)


# Regular expressions. The compiler translates each pattern to Python's `re` at compile time
# (transpiler/src/builtins/regexp-pattern.ts), so these helpers only run the searches the way
# ECMA-262's RegExpBuiltinExec, @@match, @@replace, @@split and @@search do: positions in UTF-16
# code units, empty matches advanced by one unit (one code point with `u`), lastIndex for `g`.


@functools.lru_cache(maxsize=512)
def _compile_regexp(pattern: str) -> "re.Pattern[str]":
    return re.compile(pattern)


class JsRegExpGroups(Dict[str, Optional[str]]):
    """match.groups: each named group's text, None (undefined) for one that took no part or a name the pattern lacks."""

    def __missing__(self, key: str) -> Optional[str]:
        return None


# The dicts whose None values are undefined (console.log prints `undefined`, JSON.stringify leaves the key out).
_NONE_IS_UNDEFINED = (JsRegExpGroups, _IteratorResult)


class JsRegExpMatch(List[Optional[str]]):
    """The array exec and match return: the match then each group (None when it took no part),
    with index_ (UTF-16 units), input and groups (None without named groups)."""

    def __init__(self, items: List[Optional[str]], index: int, text: str, groups: Optional[Dict[str, Optional[str]]]) -> None:
        super().__init__(items)
        self.index_ = index
        self.input = text
        self.groups = groups


class JsMatchedTexts(List[Optional[str]]):
    """The array text.match(regexp) gives for a global regexp: every matched text. It is a plain array
    in JavaScript, where `index`, `input` and `groups` (which TypeScript's RegExpMatchArray declares)
    read undefined; a list has no such attributes (review S61A, A: `m?.index ?? -1` raised
    AttributeError)."""

    index_: Optional[int] = None
    input: Optional[str] = None
    groups: Optional[Dict[str, Optional[str]]] = None


def _to_length(value: Any) -> int:
    number = js_number(value)
    if number != number or number <= 0:
        return 0
    return int(min(number, MAX_SAFE_INTEGER))


class JsRegExp:
    """A RegExp whose pattern the compiler translated to `pattern`; source and flags as Node gives them."""

    def __init__(self, pattern: str, source: str, flags: str, names: Sequence[Optional[str]] = ()) -> None:
        self._pattern = _compile_regexp(pattern)
        self._names = tuple(names)
        self.source = source
        self.flags = flags
        self.global_ = "g" in flags
        self.ignoreCase = "i" in flags
        self.multiline = "m" in flags
        self.dotAll = "s" in flags
        self.unicode = "u" in flags
        self.sticky = False
        self.hasIndices = False
        self.lastIndex: Any = 0

    def __str__(self) -> str:
        return "/" + self.source + "/" + self.flags

    def _subject(self, text: str) -> str:
        """What the pattern runs on: UTF-16 code units, or with `u` code points (surrogate pairs joined)."""
        if self.unicode:
            return _text(text) if not text.isascii() else text
        return _units(text)

    def _units_before(self, subject: str, position: int) -> int:
        """A position in the subject as UTF-16 code units."""
        if not self.unicode or subject.isascii():
            return position
        return position + bisect.bisect_left(_astral_positions(subject), position)

    def _subject_position(self, subject: str, units: int) -> int:
        """The subject position of the character holding UTF-16 unit `units`: the first whose end,
        in units, is past it (a binary search over the astral characters' places, once per text)."""
        if not self.unicode or subject.isascii():
            return units
        astral = _astral_positions(subject)
        low, high = 0, len(subject)
        while low < high:
            middle = (low + high) // 2
            if middle + 1 + bisect.bisect_left(astral, middle + 1) > units:
                high = middle
            else:
                low = middle + 1
        return low

    def _piece(self, value: Optional[str]) -> Optional[str]:
        return value if value is None or self.unicode else _text(value)

    def _result(self, found: "re.Match[str]", text: str, subject: str) -> JsRegExpMatch:
        items = [self._piece(found.group(number)) for number in range(len(self._names) + 1)]
        groups = None
        if any(name is not None for name in self._names):
            groups = JsRegExpGroups((name, items[number + 1]) for number, name in enumerate(self._names) if name is not None)
        return JsRegExpMatch(items, self._units_before(subject, found.start()), text, groups)

    def _search(self, subject: str, start_units: int) -> "Optional[re.Match[str]]":
        return self._pattern.search(subject, self._subject_position(subject, start_units))

    def exec(self, text: str) -> Optional[JsRegExpMatch]:
        """RegExpBuiltinExec: from lastIndex with `g` (updating it), from 0 without."""
        start = _to_length(self.lastIndex) if self.global_ else 0
        if start > js_length(text):
            if self.global_:
                self.lastIndex = 0
            return None
        subject = self._subject(text)
        found = self._search(subject, start)
        if found is None:
            if self.global_:
                self.lastIndex = 0
            return None
        if self.global_:
            self.lastIndex = self._units_before(subject, found.end())
        return self._result(found, text, subject)

    def test(self, text: str) -> bool:
        return self.exec(text) is not None

    def _all(self, text: str, start_units: int) -> "List[re.Match[str]]":
        """Every match from start_units on, an empty match moving the search on by one unit (code point with `u`)."""
        subject = self._subject(text)
        if start_units > js_length(text):
            return []
        position = self._subject_position(subject, start_units)
        found_all: "List[re.Match[str]]" = []
        while position <= len(subject):
            found = self._pattern.search(subject, position)
            if found is None:
                break
            found_all.append(found)
            position = found.end() + 1 if found.end() == found.start() else found.end()
        return found_all


def _substitution(replacement: str, matched: str, before: str, after: str, captures: Sequence[Optional[str]], groups: Optional[Dict[str, Optional[str]]]) -> str:
    """GetSubstitution: the `$` patterns of a replacement string ($$, $&, $`, $', $n, $nn, $<name>)."""
    result = []
    index = 0
    length = len(replacement)
    while index < length:
        character = replacement[index]
        following = replacement[index + 1] if index + 1 < length else ""
        if character != "$" or following == "":
            result.append(character)
            index += 1
        elif following in "$&`'":
            result.append({"$": "$", "&": matched, "`": before, "'": after}[following])
            index += 2
        elif following in "0123456789":
            digits = following
            if index + 2 < length and replacement[index + 2] in "0123456789":
                digits += replacement[index + 2]
            number = int(digits)
            if number > len(captures) and len(digits) == 2:
                digits = digits[0]
                number = int(digits)
            if 1 <= number <= len(captures):
                result.append(captures[number - 1] or "")
            else:
                result.append("$" + digits)
            index += 1 + len(digits)
        elif following == "<" and groups is not None:
            end = replacement.find(">", index + 2)
            if end < 0:
                result.append("$<")
                index += 2
            else:
                value = groups.get(replacement[index + 2 : end])
                result.append("" if value is None else value)
                index = end + 1
        else:
            result.append("$")
            index += 1
    return "".join(result)


def _replacer_arity(callback: Callable[..., Any]) -> int:
    function = getattr(callback, "__func__", callback)
    code = getattr(function, "__code__", None)
    if code is None or code.co_flags & 0x04:  # *args: every argument
        return 1 << 30
    return code.co_argcount - (1 if function is not callback else 0)


def js_regexp_replace(text: str, regexp: JsRegExp, replacement: Any, every: bool = False) -> str:
    """text.replace(regexp, replacement) and replaceAll: `$` patterns in a string, or a function
    called with (match, ...groups, offset, text[, groups])."""
    if every and not regexp.global_:
        raise JsTypeError("String.prototype.replaceAll called with a non-global RegExp argument")
    subject = regexp._subject(text)
    if regexp.global_:
        found_all = regexp._all(text, 0)
        regexp.lastIndex = 0
    else:
        found = regexp._search(subject, 0)
        found_all = [] if found is None else [found]
    arity = _replacer_arity(replacement) if callable(replacement) else 0
    pieces: List[str] = []
    next_position = 0
    for found in found_all:
        match = regexp._result(found, text, subject)
        matched = match[0] or ""
        captures = match[1:]
        if callable(replacement):
            arguments: List[Any] = [matched, *captures, match.index_, text]
            if match.groups is not None:
                arguments.append(match.groups)
            value = js_str(replacement(*arguments[:arity]), "undefined")
        else:
            value = _substitution(replacement, matched, regexp._piece(subject[: found.start()]) or "", regexp._piece(subject[found.end() :]) or "", captures, match.groups)
        if found.start() >= next_position:
            pieces.append(subject[next_position : found.start()])
            pieces.append(value)
            next_position = found.end()
    pieces.append(subject[next_position:])
    return _joined("".join(pieces)) if regexp.unicode else _text("".join(pieces))


def js_regexp_match(text: str, regexp: JsRegExp) -> Any:
    """text.match(regexp): exec's array without `g`; with `g` every matched text, or None."""
    if not regexp.global_:
        return regexp.exec(text)
    found_all = regexp._all(text, 0)
    regexp.lastIndex = 0
    if not found_all:
        return None
    return JsMatchedTexts(regexp._piece(found.group(0)) for found in found_all)


def js_regexp_match_all(text: str, regexp: JsRegExp) -> Iterator[JsRegExpMatch]:
    """text.matchAll(regexp): every exec array, from the regexp's lastIndex on (it stays as it was).
    An iterator, walked once as JavaScript's is: kept in a variable, a second walk (or one after a
    `break`) goes on from where the first stopped, where a list would start over."""
    if not regexp.global_:
        raise JsTypeError("String.prototype.matchAll called with a non-global RegExp argument")
    subject = regexp._subject(text)
    matches = [regexp._result(found, text, subject) for found in regexp._all(text, _to_length(regexp.lastIndex))]
    return JsLabelledIterator(iter(matches), "[object RegExp String Iterator]")


def js_take(iterator: Iterable[_T], count: Optional[int] = None) -> List[_T]:
    """The elements array destructuring reads from an iterator (`const [first] = text.matchAll(re)`,
    `const [a, b] = numbers()`): `count` of them, or all for a rest element. An iterator not walked to
    its end is then closed, as JavaScript's IteratorClose does: a generator's finally blocks run and
    it ends; an array's or matchAll's iterator has no return(), so a later walk goes on from there."""
    if count is None:
        return list(iterator)
    taken = list(itertools.islice(iterator, count))
    if len(taken) == count:
        js_close_iterator(iterator)
    return taken


def js_regexp_search(text: str, regexp: JsRegExp) -> int:
    """text.search(regexp): where the first match starts, in UTF-16 units, or -1 (lastIndex untouched)."""
    subject = regexp._subject(text)
    found = regexp._search(subject, 0)
    return -1 if found is None else regexp._units_before(subject, found.start())


def js_regexp_split(text: str, regexp: JsRegExp, limit: Any = None) -> List[Any]:
    """text.split(regexp, limit): the pieces between matches, with each match's groups between them."""
    count = 0xFFFFFFFF if limit is None else _to_uint32(limit)
    if count == 0:
        return []
    subject = regexp._subject(text)
    size = len(subject)
    if size == 0:
        return [] if regexp._pattern.match(subject, 0) is not None else [text]
    parts: List[Any] = []
    start = 0
    position = 0
    while position < size:
        found = regexp._pattern.match(subject, position)
        if found is None or min(found.end(), size) == start:
            position += 1
            continue
        parts.append(regexp._piece(subject[start:position]))
        if len(parts) == count:
            return parts
        start = min(found.end(), size)
        for number in range(1, len(regexp._names) + 1):
            parts.append(regexp._piece(found.group(number)))
            if len(parts) == count:
                return parts
        position = start
    parts.append(regexp._piece(subject[start:]))
    return parts


# Iterating a Map or a Set is live in JavaScript: an entry deleted before the loop reaches it is skipped,
# an entry added (or deleted and added again) is reached at its new place at the end, and a value is read
# when its entry is reached. Python's dict views raise when the dict changes, and a copy sees none of it.
# These generators keep JavaScript's entry list for the dict they walk (_LiveWalk), told of each change
# by the compiled code's set, delete and clear. A change made without telling (a statement form the
# compiler writes outside any loop over a Map) is found by the dict's size or last key and recovered
# from the dict's order, where Python, like JavaScript, puts a key added again at the end.
class _LiveWalk:
    """One for…of over a Map's or Set's dict, as JavaScript keeps it: the entries in order, a deleted
    one left as a hole, an added one (also a key deleted and added again) at the end. JsMap and JsSet
    tell it every change, whoever makes it."""

    def __init__(self, mapping: Dict[Any, Any]) -> None:
        self.entries: List[Any] = list(mapping)
        self.places: Dict[Any, int] = {key: place for place, key in enumerate(self.entries)}

    def deleted(self, key: Any) -> None:
        place = self.places.pop(key, None)
        if place is not None:
            self.entries[place] = _ABSENT

    def added(self, key: Any) -> None:
        self.places[key] = len(self.entries)
        self.entries.append(key)

    def cleared(self) -> None:
        for place in self.places.values():
            self.entries[place] = _ABSENT
        self.places.clear()


# The walks in progress, by the id of the dict they walk (it stays alive while they do).
_LIVE_WALKS: Dict[int, List[_LiveWalk]] = {}


def _walks_saw_deleted(mapping: Dict[Any, Any], key: Any) -> None:
    for walk in _LIVE_WALKS.get(id(mapping), ()):
        walk.deleted(key)


def _walks_saw_added(mapping: Dict[Any, Any], key: Any) -> None:
    for walk in _LIVE_WALKS.get(id(mapping), ()):
        walk.added(key)


def _walks_saw_cleared(mapping: Dict[Any, Any]) -> None:
    for walk in _LIVE_WALKS.get(id(mapping), ()):
        walk.cleared()


def _live_keys(mapping: Dict[Any, Any]) -> Iterator[Any]:
    if not isinstance(mapping, JsMap):
        # Only a JsMap says how it changes; a Map always is one (new Map() makes a JsMap).
        raise TypeError(f"for…of over a {type(mapping).__name__}, which is not a Map or a Set")
    walk = _LiveWalk(mapping)
    walks = _LIVE_WALKS.setdefault(id(mapping), [])
    if not walks:
        mapping.__class__ = _WALKED[type(mapping)]  # from now on it tells the walks every change
    walks.append(walk)
    try:
        for key in walk.entries:  # a list, so keys that walk.added appends are reached too
            if key is not _ABSENT:
                yield key
    finally:
        walks.remove(walk)
        if not walks:
            del _LIVE_WALKS[id(mapping)]
            mapping.__class__ = _UNWALKED[type(mapping)]


def _live_dict(collection: Any) -> Dict[Any, Any]:
    return collection._values if isinstance(collection, JsSet) else collection


def js_array_keys(items: List[Any]) -> Iterator[int]:
    """array.keys(): the indexes, up to the length the array has at each step, as JavaScript's iterator reads it."""
    return JsLabelledIterator(_indexes(items), "[object Array Iterator]")


def _indexes(items: List[Any]) -> Iterator[int]:
    index = 0
    while index < len(items):
        yield index
        index += 1


def js_live_keys(collection: Any) -> Iterator[Any]:
    """for…of over a Set, or a Map's keys(), as JavaScript walks them while the loop changes them."""
    return _live_keys(_live_dict(collection))


def js_map_for_each(collection: Any, callback: Callable[..., Any]) -> None:
    """map.forEach(callback) with (value, key, map), set.forEach(callback) with (value, value, set):
    walked live as for…of walks them (an entry added by the callback is visited, one deleted before
    it is reached is not), each value read when its entry is reached."""
    arity = _arity(callback)
    keys = js_live_keys(collection)
    try:
        if isinstance(collection, JsSet):
            for value in keys:
                callback(*[value, value, collection][:arity])
        else:
            for key in keys:
                callback(*[collection[key], key, collection][:arity])
    finally:
        js_close_iterator(keys)  # the walk stops following the collection now, also after an error


def js_live_values(mapping: Dict[Any, Any]) -> Iterator[Any]:
    """for…of over a Map's values(), each read when the loop reaches it."""
    return (mapping[key] for key in _live_keys(mapping))


def js_iterable(source: Any) -> Any:
    """What for…of, a spread, Array.from and yield* walk where the static type does not name the collection
    (an Iterable<T>, a type parameter, a Map | Set union): a Map's [key, value] entries and a Set's values,
    walked as JavaScript walks them; anything else (an array, a string, a generator) as it is."""
    if isinstance(source, JsMap):
        return js_live_entries(source)
    if isinstance(source, JsSet):
        return js_live_keys(source)
    if not isinstance(source, (list, tuple, str, Iterator)):
        # An instance of a class with `*[Symbol.iterator]()` (its __iter__): the generator it makes, which
        # a loop left early closes, as JavaScript's for…of calls its return(). Anything else is not
        # iterable, a TypeError in both.
        return iter(source)
    return js_not_running(source)


def js_live_entries(mapping: Dict[Any, Any]) -> Iterator[Any]:
    """for…of over a Map or its entries(), each value read when the loop reaches it."""
    return ([key, mapping[key]] for key in _live_keys(mapping))  # arrays, as JavaScript's entries are
