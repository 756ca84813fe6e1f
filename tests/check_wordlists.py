#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks that every word list searched with EG_IN_WORDS() (a binary
search, src/core/wordlist.h) is in byte order and has no duplicate.

usage: check_wordlists.py SRCDIR

A list out of order would make some of its words unfindable without any
error; release builds skip the debug check in eg_in_words(), so this test
reads the sources instead."""
import pathlib
import re
import sys

LIST = re.compile(r"static const char \*const (\w+)\[\] = \{(.*?)\};", re.S)
WORD = re.compile(r'"((?:[^"\\]|\\.)*)"')


def main():
    src = pathlib.Path(sys.argv[1])
    checked, bad = 0, []
    for path in sorted(src.rglob("*.c")):
        text = path.read_text(encoding="utf-8")
        used = set(re.findall(r"EG_IN_WORDS\((\w+)", text))
        lists = {m.group(1): m.group(2) for m in LIST.finditer(text)}
        for name in sorted(used):
            body = lists.get(name)
            if body is None:
                bad.append(f"{path}: {name}: list not found")
                continue
            if "NULL" in body:
                bad.append(f"{path}: {name}: NULL in a counted list")
            words = [w.encode() for w in WORD.findall(body)]
            for a, b in zip(words, words[1:]):
                if a >= b:
                    bad.append(f"{path}: {name}: {b.decode()!r} after "
                               f"{a.decode()!r}")
            checked += 1
    for line in bad:
        print(line)
    print(f"{checked} word lists checked, {len(bad)} problems")
    # no list found would mean the test reads the wrong files
    return 1 if bad or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
