#!/usr/bin/env python3
"""json_validate.py - check sctrace JSON Lines output against the event schema.

    tests/json_validate.py [--schema SCHEMA] [--max-failures N] FILE...   (- is stdin)

Every line must be UTF-8, one JSON object with no duplicate keys, valid
against docs/trace-event.schema.json (JSON Schema draft 2020-12).  Blank lines
and anything that is not JSON fail.  Prints "json_validate: N lines valid" and
exits 0, or prints the first few failures (file:line: error; --max-failures,
default 5, 0 for all) and exits 1.
Needs only python3 and jsonschema.
"""
import argparse
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("json_validate: python3 module jsonschema is missing (apt-get install python3-jsonschema)")

MAX_FAILURES = 5
DEFAULT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs",
                              "trace-event.schema.json")


class LineError(Exception):
    pass


def no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise LineError("duplicate key %r" % key)
        obj[key] = value
    return obj


def no_constant(name):
    raise LineError("%s is not JSON" % name)


def where(error):
    path = "$"
    for p in error.absolute_path:
        path += "[%d]" % p if isinstance(p, int) else "." + p
    return path


def check_line(validator, raw):
    """The error text for one line (bytes without its newline), or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return "not UTF-8: %s" % e
    if not text.strip():
        return "blank line"
    try:
        obj = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except LineError as e:
        return str(e)
    except ValueError as e:
        return "not JSON: %s" % e
    try:   # lone surrogates (\ud800) parse, but are not Unicode text
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "string with a lone surrogate escape"
    if not isinstance(obj, dict):
        return "not a JSON object"
    error = jsonschema.exceptions.best_match(validator.iter_errors(obj))
    if error is None:
        return None
    msg = error.message
    if len(msg) > 300:
        msg = msg[:300] + "..."
    return "%s: %s" % (where(error), msg)


def open_input(name):
    if name == "-":
        return sys.stdin.buffer, "<stdin>"
    return open(name, "rb"), name


def main():
    ap = argparse.ArgumentParser(description="validate sctrace JSON Lines files")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA, help="the JSON Schema (default: %(default)s)")
    ap.add_argument("--max-failures", type=int, default=MAX_FAILURES, metavar="N",
                    help="stop after N invalid lines, 0: never (default: %(default)s)")
    ap.add_argument("files", nargs="+", metavar="FILE", help="JSON Lines file, or - for stdin")
    args = ap.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    valid = failures = 0
    for name in args.files:
        try:
            f, label = open_input(name)
        except OSError as e:
            print("json_validate: %s" % e, file=sys.stderr)
            return 1
        with f:
            for lineno, raw in enumerate(f, 1):
                if raw.endswith(b"\n"):
                    raw = raw[:-1]
                err = check_line(validator, raw)
                if err is None:
                    valid += 1
                    continue
                failures += 1
                print("%s:%d: %s" % (label, lineno, err), file=sys.stderr)
                if failures == args.max_failures:
                    print("json_validate: stopped after %d invalid lines (%d valid)" % (failures, valid),
                          file=sys.stderr)
                    return 1
    if failures:
        print("json_validate: %d invalid lines, %d valid" % (failures, valid), file=sys.stderr)
        return 1
    print("json_validate: %d lines valid" % valid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
