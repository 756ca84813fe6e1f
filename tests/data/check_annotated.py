#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Validate tests/data/annotated.jsonl (hand-annotated entity spans).

Each line must be a JSON object {"text": str, "entities": [{"start", "end",
"type"}]} where start/end are BYTE offsets into the UTF-8 encoding of text
(end exclusive). Checks: valid JSON, offsets in range and on UTF-8 character
boundaries, spans sorted and non-overlapping, no leading/trailing whitespace
in a span, type in {person, organisation, place}. Also flags likely
convention slips (leading "the ", trailing possessive, leading title).

Usage: check_annotated.py [FILE] [--spans]
Exit status 0 if clean, 1 otherwise.
"""
import json
import os
import sys
from collections import Counter

TYPES = {"person", "organisation", "place"}
TITLES = ("Mr ", "Mr. ", "Mrs ", "Ms ", "Ms. ", "Dr ", "Dr. ", "Gen. ",
          "President ", "Sir ", "Prime Minister ", "Professor ")
ALLOW_THE = {"The Hague"}


def is_boundary(b, i):
    """True if byte offset i starts a UTF-8 character (or is len(b))."""
    if i == len(b):
        return True
    return (b[i] & 0xC0) != 0x80


def main(argv):
    show = "--spans" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "annotated.jsonl")
    errors = 0
    counts = Counter()
    nsent = 0

    def err(lineno, msg):
        nonlocal errors
        errors += 1
        print(f"{path}:{lineno}: error: {msg}", file=sys.stderr)

    with open(path, "rb") as f:
        raw_lines = f.read().split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    for lineno, raw in enumerate(raw_lines, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(lineno, f"invalid UTF-8: {e}")
            continue
        if not line.strip():
            err(lineno, "empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(lineno, f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict) or set(obj) != {"text", "entities"}:
            err(lineno, "object must have exactly keys 'text' and 'entities'")
            continue
        text, ents = obj["text"], obj["entities"]
        if not isinstance(text, str) or not text.strip():
            err(lineno, "'text' must be a non-empty string")
            continue
        if not isinstance(ents, list):
            err(lineno, "'entities' must be a list")
            continue
        nsent += 1
        b = text.encode("utf-8")
        prev_end = -1
        for k, e in enumerate(ents):
            where = f"entity {k}"
            if not isinstance(e, dict) or set(e) != {"start", "end", "type"}:
                err(lineno, f"{where}: needs exactly start, end, type")
                continue
            s, t, ty = e["start"], e["end"], e["type"]
            if not (isinstance(s, int) and isinstance(t, int)) \
                    or isinstance(s, bool) or isinstance(t, bool):
                err(lineno, f"{where}: start/end must be integers")
                continue
            if ty not in TYPES:
                err(lineno, f"{where}: bad type {ty!r}")
            if not (0 <= s < t <= len(b)):
                err(lineno, f"{where}: offsets {s}..{t} out of range "
                            f"(text is {len(b)} bytes)")
                continue
            if not is_boundary(b, s) or not is_boundary(b, t):
                err(lineno, f"{where}: offsets {s}..{t} split a UTF-8 char")
                continue
            if s < prev_end:
                err(lineno, f"{where}: overlaps or is out of order "
                            f"(starts {s} < previous end {prev_end})")
            prev_end = max(prev_end, t)
            span = b[s:t].decode("utf-8")
            if span != span.strip():
                err(lineno, f"{where}: span {span!r} has outer whitespace")
            if "\n" in span:
                err(lineno, f"{where}: span {span!r} contains a newline")
            if span.lower().startswith("the ") and span not in ALLOW_THE:
                err(lineno, f"{where}: span {span!r} starts with 'the'")
            if span.endswith(("'s", "\u2019s")):
                err(lineno, f"{where}: span {span!r} includes a possessive")
            if span.startswith(TITLES):
                err(lineno, f"{where}: span {span!r} includes a title")
            counts[ty] += 1
            if show:
                print(f"{lineno:4d} {ty:13s} {span}")
    total = sum(counts.values())
    print(f"sentences: {nsent}")
    for ty in sorted(TYPES):
        print(f"{ty:13s} {counts[ty]}")
    print(f"{'total':13s} {total}")
    if errors:
        print(f"{errors} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
