"""Reads each TOML document in a JSON list (the file named first) with Python's tomllib and
prints a JSON list of the results: {"error": message} or the table, every leaf tagged
{"type": ..., "value": ...} as toml-test does. Integers outside 64 bits count as errors,
since TOML 1.0 requires a parser to refuse them."""
import datetime
import json
import sys
import tomllib


class OutOfRange(Exception):
    pass


def tagged(value):
    if isinstance(value, bool):
        return {"type": "bool", "value": "true" if value else "false"}
    if isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise OutOfRange()
        return {"type": "integer", "value": str(value)}
    if isinstance(value, float):
        return {"type": "float", "value": repr(value)}
    if isinstance(value, str):
        return {"type": "string", "value": value}
    if isinstance(value, datetime.datetime):
        kind = "datetime-local" if value.tzinfo is None else "datetime"
        return {"type": kind, "value": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"type": "date-local", "value": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"type": "time-local", "value": value.isoformat()}
    if isinstance(value, list):
        return [tagged(element) for element in value]
    return {key: tagged(element) for key, element in value.items()}


def read(document):
    try:
        return tagged(tomllib.loads(document))
    except tomllib.TOMLDecodeError as error:
        return {"error": str(error)}
    except OutOfRange:
        return {"error": "integer out of range"}
    except RecursionError:
        return {"error": "nested too deep"}


with open(sys.argv[1], encoding="utf-8") as file:
    documents = json.load(file)
json.dump([read(document) for document in documents], sys.stdout)
