"""Validates JSON files against a JSON Schema; prints one line per file: OK or the first error."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=str)
    print("OK" if not errors else "INVALID " + errors[0].message.replace("\n", " "))
