"""Runs every function of transpiler/runtime/js_fdlibm.py on the arguments a test wrote, for
test/compiler/fdlibm-bits.test.ts: one process per Python version, all functions in one batch.

argv: the runtime directory, the manifest (JSON: [{"name", "arity", "count"}] in file order), the
arguments file (native-endian doubles, arity per call, function after function) and the results
file to write (one double per call, same order).
"""
import array
import json
import sys
import time

sys.path.insert(0, sys.argv[1])
import js_fdlibm  # noqa: E402

with open(sys.argv[2], encoding="utf-8") as manifest_file:
    manifest = json.load(manifest_file)
arguments = array.array("d")
with open(sys.argv[3], "rb") as arguments_file:
    arguments.frombytes(arguments_file.read())
results = array.array("d")
timings = {}
position = 0
for entry in manifest:
    function = getattr(js_fdlibm, entry["name"])
    count = entry["count"]
    started = time.perf_counter()
    if entry["arity"] == 1:
        results.extend(map(function, arguments[position : position + count]))
        position += count
    else:
        firsts = arguments[position : position + 2 * count : 2]
        seconds = arguments[position + 1 : position + 2 * count : 2]
        results.extend(map(function, firsts, seconds))
        position += 2 * count
    timings[entry["name"]] = time.perf_counter() - started
# With a fifth argument: js_power's shortcut for integers (Python's exact int power) must give what
# the port gives for every integer power at most 2^53 in magnitude (exponents 0 to 53, bases up to
# 2^26). Pure IEEE arithmetic like the rest, so one Python version is enough.
import js_runtime  # noqa: E402

integer_powers = 0
integer_differences = []
for exponent in range(0, 54 if len(sys.argv) > 5 else 0):
    base = 0
    while base <= 2**26 and base**exponent <= 2**53:
        for signed in (base, -base):
            integer_powers += 1
            shortcut = js_runtime.js_power(signed, exponent)
            port = js_fdlibm.pow(float(signed), float(exponent))
            if float(shortcut) != port:
                integer_differences.append([signed, exponent])
        base += 1 if exponent > 2 else 4099
timings["integer_powers"] = integer_powers
timings["integer_differences"] = integer_differences[:10]
with open(sys.argv[4], "wb") as results_file:
    results_file.write(results.tobytes())
print(json.dumps(timings))
