# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers shared by the Python test drivers (run_tests.py, test_graph.py,
robust.py): a failure list that keeps going after a failed check, and a
way to run the entgraph program."""
import os
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
