#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Pipeline benchmark: MB/s per stage, peak RSS, scaling, -j invariance.

usage: bench.py --entgraph EXE [--biggraph EXE] [--docs N] [--quick]
                [--keep DIR] [--repeat N] [--text DIR] [--instructions]

Generates a synthetic corpus (gencorpus.py, fixed seed) of N documents
(default 2000, about 3.5 MB) and one four times larger, runs
`entgraph -jJ CORPUS -o OUT.graphml` for J = 1 and 2 on each, and prints
per run the MB/s of every stage from entgraph's summary, extraction plus
co-occurrence MB/s (the stages from clean to co-occur, the text once read
to the weighted graph), total MB/s (input bytes over
wall-clock time) and the peak RSS of the process. The stages: ingest
(reading the input), clean (boilerplate), segment (sentences, tokens),
extract (candidate names and their types: "find" in the summary), resolve
(one entity per name in a document), co-occur (adding documents to the
corpus and building the graph: "build" in the summary), metrics, export.
With -j2 the clean, segment, extract and resolve figures are per thread
(their seconds summed over the two), and their sum is not the wall time
of the analysis, which overlaps ingest and co-occur. Then the 4x/1x time ratio and whether -j1 and -j2 wrote
identical files. With --biggraph it also times the default metrics on a
synthetic 100,000-node, 1,000,000-edge graph. --quick: 500 documents and
a 20,000/200,000 graph, under a minute in all.

--repeat N runs every configuration N times and keeps the fastest time of
each stage (and the largest RSS): on a shared machine the minimum is the
figure least disturbed by other work. Every run writes a new output file
(the previous one is removed first; see fastest()). --text DIR also times
the default run (-j of all cores, GraphML) on a directory of real text
files, end to end (tests/bench/compromise.mjs times the compromise library
on the same files).

--instructions also counts the instructions of a -j1 run (betweenness
off) on each corpus with valgrind (cachegrind, no cache simulation), and
their 4x/1x ratio: unlike times, the counts do not move with the load of
a shared machine, so they show what a change does. About 20 seconds
more here; skipped with a message when valgrind is not installed.

Prints figures only: it fails when a run fails or -j1 and -j2 disagree,
never because something is slow.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/: testlib
from testlib import summary_seconds  # noqa: E402
# the summary's names; LABELS: the issue's
STAGES = ("read", "clean", "segment", "find", "resolve", "build", "metrics",
          "export")
LABELS = ("ingest", "clean", "segment", "extract", "resolve", "co-occur",
          "metrics", "export")


def run_measured(cmd):
    """Runs cmd; returns (wall seconds, peak RSS in MB, stderr text,
    stdout text, CPU seconds). os.wait4 gives the rusage of that one
    child; CPU time is the figure to trust on a busy machine."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out_b, err_b = p.stdout.read(), p.stderr.read()
    err = err_b.decode("utf-8", "replace")
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({p.returncode}):\n{err}")
    return (wall, ru.ru_maxrss / 1024.0, err, out_b.decode(),
            ru.ru_utime + ru.ru_stime)


def stage_seconds(summary):
    st = summary_seconds(summary)
    if st is None:
        sys.exit("bench: no stage timings in the summary:\n" + summary)
    return st


def fastest(cmd, repeat, out):
    """Runs cmd repeat times (at least once); returns the fastest wall,
    CPU and stage seconds, the largest peak RSS and the last stderr.
    The output file out is removed before each run, so that every run
    writes a new file: on ext4 a file renamed over an existing one has
    its data flushed at the rename (auto_da_alloc), ~40 ms for 18 MB,
    which would be timed on every run but the first."""
    best = None
    for _ in range(max(1, repeat)):
        if os.path.exists(out):
            os.unlink(out)
        wall, rss, err, _, cpu = run_measured(cmd)
        st = stage_seconds(err)
        if best is None:
            best = {"wall": wall, "cpu": cpu, "rss": rss, "st": st}
        else:
            best["wall"] = min(best["wall"], wall)
            best["cpu"] = min(best["cpu"], cpu)
            best["rss"] = max(best["rss"], rss)
            best["st"] = {k: min(v, st[k]) for k, v in best["st"].items()}
        best["err"] = err
    return best


def instructions(exe, corpus, out):
    """Instructions of `exe -j1 corpus` (betweenness off) under
    cachegrind, or None when valgrind is missing."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    p = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no",
                        "--cachegrind-out-file=/dev/null", exe, "-q", "-j1",
                        "--betweenness", "off", corpus, "-o", out],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       check=False)
    err = p.stderr.decode("utf-8", "replace")
    m = re.search(r"I\s+refs:\s+([\d,]+)", err)
    if p.returncode != 0 or not m:
        sys.exit(f"bench: valgrind run on {corpus} failed:\n{err}")
    return int(m.group(1).replace(",", ""))


def mbps(nbytes, secs):
    return nbytes / 1e6 / secs if secs > 0 else float("inf")


def load():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entgraph", required=True)
    ap.add_argument("--biggraph")
    ap.add_argument("--docs", type=int)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--keep", help="write corpora and outputs here")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per configuration; the fastest counts")
    ap.add_argument("--text", help="a directory of real text files to time")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions with valgrind too")
    a = ap.parse_args()
    docs = a.docs or (500 if a.quick else 2000)
    tmp = tempfile.TemporaryDirectory() if not a.keep else None
    work = a.keep or tmp.name
    os.makedirs(work, exist_ok=True)

    print(f"bench: load average {load():.2f} on {os.cpu_count()} cores "
          "(figures are noisy above the core count)")
    header = (f"{'corpus':>7} {'MB':>6} {'-j':>2} " +
              " ".join(f"{s:>8}" for s in LABELS) +
              f" {'ext+co-oc':>9} {'total':>6} {'wall s':>7}"
              f" {'CPU s':>6} {'RSS MB':>7}")
    print(f"{'':>14} MB/s of each stage; ext+co-oc: clean to "
          "co-occur; total: wall time")
    print(header)
    walls, cpus, instr = {}, {}, {}
    for scale in (1, 4):
        corpus = os.path.join(work, f"corpus{scale}x.jsonl")
        subprocess.run([sys.executable, os.path.join(HERE, "gencorpus.py"),
                        "--docs", str(docs * scale),
                        "--entities", str(2500 * scale), corpus],
                       check=True)
        nbytes = os.path.getsize(corpus)
        outs = []
        for jobs in (1, 2):
            out = os.path.join(work, f"out{scale}x-j{jobs}.graphml")
            best = fastest([a.entgraph, f"-j{jobs}", "--no-progress", corpus,
                            "-o", out], a.repeat, out)
            wall, cpu, rss = best["wall"], best["cpu"], best["rss"]
            st, err = best["st"], best["err"]
            walls[(scale, jobs)] = wall
            cpus[(scale, jobs)] = cpu
            outs.append(out)
            cells = " ".join(f"{mbps(nbytes, st[s]):8.1f}" for s in STAGES)
            ext = st["extract"] + st["build"]
            print(f"{scale:>6}x {nbytes / 1e6:6.1f} {jobs:>2} {cells} "
                  f"{mbps(nbytes, ext):9.1f} "
                  f"{mbps(nbytes, wall):6.1f} {wall:7.2f} {cpu:6.2f} "
                  f"{rss:7.1f}")
            graph = re.search(r"-> (\d+) nodes, (\d+) edges", err)
            if jobs == 1 and graph:
                print(f"{'':>7} graph: {graph.group(1)} nodes, "
                      f"{graph.group(2)} edges")
        with open(outs[0], "rb") as f1, open(outs[1], "rb") as f2:
            same = f1.read() == f2.read()
        print(f"{'':>7} -j1 and -j2 outputs identical: "
              f"{'yes' if same else 'NO'}")
        if not same:
            sys.exit("bench: -j1 and -j2 outputs differ")
        if a.instructions:
            instr[scale] = instructions(
                a.entgraph, corpus, os.path.join(work, "instr.graphml"))
    for jobs in (1, 2):
        print(f"bench: 4x corpus / 1x corpus, -j{jobs}: wall time "
              f"{walls[(4, jobs)] / walls[(1, jobs)]:.2f}, CPU time "
              f"{cpus[(4, jobs)] / cpus[(1, jobs)]:.2f}")
    if a.instructions and instr.get(1) is None:
        print("bench: --instructions: valgrind is not installed")
    elif a.instructions:
        print(f"bench: instructions, -j1, betweenness off: 1x "
              f"{instr[1] / 1e6:,.0f} M, 4x {instr[4] / 1e6:,.0f} M "
              f"(4x / 1x {instr[4] / instr[1]:.2f})")

    if a.text:
        nbytes = sum(os.path.getsize(os.path.join(dp, f))
                     for dp, _, fs in os.walk(a.text) for f in fs)
        out = os.path.join(work, "text.graphml")
        best = fastest([a.entgraph, "--no-progress", a.text, "-o", out],
                       a.repeat, out)
        w, r, err, c = best["wall"], best["rss"], best["err"], best["cpu"]
        graph = re.search(r"-> (\d+) nodes, (\d+) edges", err)
        print(f"text: {a.text}: {nbytes / 1e6:.2f} MB end to end in "
              f"{w:.3f} s wall ({mbps(nbytes, w):.2f} MB/s), CPU {c:.2f} s, "
              f"peak RSS {r:.0f} MB"
              + (f", {graph.group(1)} nodes, {graph.group(2)} edges"
                 if graph else ""))

    if a.biggraph:
        n, m = (20000, 200000) if a.quick else (100000, 1000000)
        _, rss, _, line, cpu = run_measured([a.biggraph, str(n), str(m)])
        print(f"{line.strip()}; CPU {cpu:.1f} s in all, peak RSS "
              f"{rss:.0f} MB")
    print(f"bench: load average {load():.2f} at the end")


if __name__ == "__main__":
    main()
