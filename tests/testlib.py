# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers shared by the Python test drivers (run_tests.py, test_graph.py,
robust.py) and the benchmark (bench/bench.py): a failure list that keeps
going after a failed check, a way to run the entgraph program, and a
reader for the stage times of its summary."""
import os
import re
import subprocess
import sys

failures = []


def check(cond, what):
    """Records a failed expectation and goes on, so one run reports all."""
    if not cond:
        failures.append(what)
        print('FAIL:', what, file=sys.stderr)


def run(exe, *args, stdin=None, cwd=None):
    """Runs exe with args; returns (exit status, stdout, stderr) as text."""
    p = subprocess.run([os.path.abspath(exe), *args], input=stdin,
                       capture_output=True, cwd=cwd)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), \
        p.stderr.decode('utf-8', 'replace')


# The stage times of the summary line on stderr ("seconds: read R, extract
# E (clean C, segment S, find F, resolve V), build B, metrics M, export
# X"), in that order.
SUMMARY_STAGES = ('read', 'extract', 'clean', 'segment', 'find', 'resolve',
                  'build', 'metrics', 'export')
_SUMMARY_SECONDS = re.compile(
    r'seconds: read ([\d.]+), extract ([\d.]+) \(clean ([\d.]+), segment '
    r'([\d.]+), find ([\d.]+), resolve ([\d.]+)\), build ([\d.]+), '
    r'metrics ([\d.]+), export ([\d.]+)$', re.MULTILINE)


def summary_seconds(stderr):
    """The seconds of each stage in entgraph's summary, by the names of
    SUMMARY_STAGES, or None when the summary has no such line."""
    m = _SUMMARY_SECONDS.search(stderr)
    return dict(zip(SUMMARY_STAGES, map(float, m.groups()))) if m else None
