#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Deterministic synthetic news corpus for the benchmarks.

usage: gencorpus.py [--docs N] [--entities M] [--seed S] [--zipf A]
                    [--format jsonl|txt] OUT

Writes N documents of news-like English sentences naming M distinct
entities drawn with a Zipf distribution (exponent A): people (introduced
with a title and full name, re-mentioned by surname), organisations (full
name with an acronym in parentheses, later the acronym alone) and places.
Every document carries some boilerplate (menus, share buttons, bylines,
copyright lines) for the cleaner. OUT is a .jsonl file (format jsonl) or a
directory of .txt files (format txt). Same arguments, same bytes: only
Python's own seeded generator is used, never the clock or the hash seed.

The names are made up from syllables, so the benchmark measures the
extraction rules on unknown names rather than gazetteer look-ups; the
place names are invented too, with a cue word ("the city of", "in") that
the rules rely on.
"""
import argparse
import bisect
import json
import os
import random

GIVEN = ["James", "Maria", "David", "Anna", "Michael", "Elena", "Peter",
         "Sarah", "Thomas", "Laura", "Daniel", "Julia", "Robert", "Sofia",
         "Andrew", "Helen", "Mark", "Irene", "Paul", "Clara", "John", "Nina",
         "Richard", "Olga", "George", "Alice", "Samuel", "Grace", "Victor",
         "Emma", "Henry", "Lucia", "Adam", "Marta", "Simon", "Eva"]
TITLES = ["President", "Prime Minister", "Finance Minister", "Senator",
          "Governor", "Dr.", "General", "Mayor", "Judge", "Ambassador",
          "Foreign Minister", "Chief Executive"]
ROLES = ["spokesperson", "analyst", "economist", "lawyer", "director",
         "chairman", "adviser", "professor", "reporter", "negotiator"]
ORG_HEADS = ["Bank", "Group", "Corporation", "Institute", "Council",
             "Agency", "Foundation", "Industries", "Party", "Union",
             "Authority", "Association"]
ORG_FIELDS = ["Energy", "Development", "Transport", "Mining", "Health",
              "Trade", "Water", "Shipping", "Research", "Farming",
              "Telecom", "Steel"]
SYL = ["ka", "lo", "ven", "tar", "mi", "sol", "dre", "bra", "no", "vik",
       "hal", "mor", "zen", "qua", "ri", "del", "fen", "gar", "ost", "pel",
       "lun", "ser", "tho", "wen", "ya", "cor", "bel", "dun", "esk", "fal"]

VERBS = ["met", "criticised", "praised", "called", "thanked", "warned",
         "visited", "joined", "challenged", "welcomed"]
TOPICS = ["the budget", "the new rail line", "water rights", "the trade deal",
          "tax reform", "the election", "port fees", "the energy plan",
          "the mining licence", "the peace talks", "housing costs",
          "the court ruling"]
FILLER = [
    "Officials said the decision would be reviewed next month.",
    "The talks lasted more than four hours and ended without a statement.",
    "Prices rose by 3.2 percent in the second quarter, figures showed.",
    "Critics said the plan came too late and cost too much.",
    "The vote is expected before the end of the year.",
    "Hundreds of people gathered outside the building on Monday.",
    "It was not immediately clear how the money would be spent.",
    "The report runs to more than 200 pages and took two years to write.",
]
BOILER = [
    "Home | World | Business | Sport | Opinion | Culture",
    "Share this article: Facebook Twitter LinkedIn Email",
    "Sign up for our newsletter",
    "Read more: Top stories this week",
    "Copyright 2026 The Daily Ledger. All rights reserved.",
    "Advertisement",
    "Related articles",
    "Click here to subscribe",
]


def word(rng, n):
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def make_entities(rng, m):
    """m distinct entities, roughly half people, a quarter organisations,
    a quarter places."""
    ents, seen = [], set()
    while len(ents) < m:
        r = rng.random()
        if r < 0.5:
            given, sur = rng.choice(GIVEN), word(rng, rng.randint(2, 3))
            key = ("p", given, sur)
            e = {"type": "person", "full": f"{given} {sur}", "short": sur,
                 "title": rng.choice(TITLES), "role": rng.choice(ROLES)}
        elif r < 0.75:
            w1 = word(rng, 2)
            field = rng.choice(ORG_FIELDS)
            head = rng.choice(ORG_HEADS)
            full = f"{w1} {field} {head}"
            acro = (w1[0] + field[0] + head[0]).upper()
            key = ("o", full)
            e = {"type": "organisation", "full": full, "short": acro}
        else:
            name = word(rng, rng.randint(2, 3))
            key = ("l", name)
            e = {"type": "place", "full": name, "short": name}
        if key in seen:
            continue
        seen.add(key)
        ents.append(e)
    return ents


class Zipf:
    def __init__(self, n, a):
        acc, self.cum = 0.0, []
        for k in range(1, n + 1):
            acc += 1.0 / k ** a
            self.cum.append(acc)
        self.total = acc

    def draw(self, rng):
        return bisect.bisect_left(self.cum, rng.random() * self.total)


def mention(rng, e, seen):
    """Surface form of e: full form the first time in a document, short
    after that."""
    first = e["full"] not in seen
    seen.add(e["full"])
    t = e["type"]
    if t == "person":
        if first:
            if rng.random() < 0.6:
                return f"{e['title']} {e['full']}"
            art = "an" if e["role"][0] in "aeiou" else "a"
            return f"{e['full']}, {art} {e['role']},"
        return e["short"]
    if t == "organisation":
        if first:
            return f"the {e['full']} ({e['short']})"
        return e["short"] if rng.random() < 0.7 else f"the {e['full']}"
    return e["full"]


def sentence(rng, ents, zipf, seen):
    k = rng.choice((1, 2, 2, 2, 3, 3, 4))
    picks = [ents[zipf.draw(rng)] for _ in range(k)]
    names = [mention(rng, e, seen) for e in picks]
    places = [n for n, e in zip(names, picks) if e["type"] == "place"]
    actors = [n for n, e in zip(names, picks) if e["type"] != "place"]
    where = f" in {places[0]}" if places else ""
    topic = rng.choice(TOPICS)
    if not actors:
        return f"Thousands of people in {places[0]} protested over {topic}."
    if len(actors) == 1:
        subj = actors[0]
        subj = subj[0].upper() + subj[1:]
        return f"{subj} said on Tuesday{where} that {topic} would go ahead."
    a, b = actors[0], actors[1]
    a = a[0].upper() + a[1:]
    rest = ""
    if len(actors) > 2:
        rest = f", with {actors[2]} present"
    return f"{a} {rng.choice(VERBS)} {b}{where} over {topic}{rest}."


def document(rng, ents, zipf, i):
    seen = set()
    lines = [rng.choice(BOILER[:2])]
    lines.append(f"By {rng.choice(GIVEN)} {word(rng, 2)}, staff reporter")
    lines.append("")
    for _ in range(rng.randint(3, 8)):
        para = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.25:
                para.append(rng.choice(FILLER))
            else:
                para.append(sentence(rng, ents, zipf, seen))
        lines.append(" ".join(para))
        lines.append("")
    lines.extend(rng.sample(BOILER[2:], 2))
    title = f"{word(rng, 2)} {rng.choice(TOPICS)} update {i}"
    date = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return title, date, "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--entities", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--zipf", type=float, default=1.1)
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    ap.add_argument("out")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ents = make_entities(rng, a.entities)
    zipf = Zipf(len(ents), a.zipf)
    if a.format == "txt":
        os.makedirs(a.out, exist_ok=True)
    else:
        f = open(a.out, "w", encoding="utf-8", newline="\n")
    for i in range(a.docs):
        title, date, text = document(rng, ents, zipf, i)
        if a.format == "txt":
            with open(os.path.join(a.out, f"doc{i:07d}.txt"), "w",
                      encoding="utf-8", newline="\n") as g:
                g.write(title + "\n\n" + text)
        else:
            f.write(json.dumps({"id": f"doc{i:07d}", "title": title,
                                "date": date, "text": text},
                               ensure_ascii=False) + "\n")
    if a.format != "txt":
        f.close()


if __name__ == "__main__":
    main()
