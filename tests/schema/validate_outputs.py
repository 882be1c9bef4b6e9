#!/usr/bin/python3
"""Validates bilag JSON outputs (files, or JSON Lines) against the schema.

Usage: validate_outputs.py SCHEMA FILE...   (a FILE may hold one pretty JSON
object or JSON Lines). Exits non-zero and names the file, the object and the
failing path when anything does not validate.
"""
import json
import sys

import jsonschema


def objects(path):
    text = open(path, encoding="utf-8").read()
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield json.loads(line)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    count = 0
    for path in sys.argv[2:]:
        for index, obj in enumerate(objects(path), 1):
            count += 1
            for error in validator.iter_errors(obj):
                failures += 1
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{path}: object {index}: at /{where}: {error.message}")
    print(f"{count - failures if failures <= count else 0} valid, {failures} schema errors "
          f"in {count} objects")
    if count == 0:
        print("no objects to validate")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
