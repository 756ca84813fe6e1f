#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Regenerate graphs/: the demo outputs of the example corpus.

usage: make_graphs.py ENTGRAPH SOURCE_ROOT [OUT_DIR]

Run by `meson compile -C build graphs` (OUT_DIR = SOURCE_ROOT/graphs) and by
the `graphs` tests (OUT_DIR = a temporary directory, then compared with
graphs/). entgraph runs from SOURCE_ROOT on the relative path `examples`, so
the document ids in the outputs are `examples/articles/...` and do not depend
on where the checkout lives. The options are fixed here; change them only
together with the README, which quotes the ranking table.

Writes examples.{graphml,gexf,dot,json,nodes.csv,edges.csv,mentions.jsonl},
examples.rank.txt (the --rank table) and examples.svg (Graphviz sfdp from
examples.dot). The DOT file sets fixedsize=shape: without it Graphviz grows
every circle to fit its label, so long names look like the key figures;
with it a node keeps the PageRank size entgraph gave it and the label
still counts when overlaps are removed. sfdp output is byte-stable for a
given Graphviz version (and fonts, which it uses to measure labels); the
SVG names the version in a comment, which the test reads.

Exit status: 0 ok; 1 entgraph failed; 2 sfdp is missing (the other files
are written, the SVG is left as it was).
"""
import os
import shutil
import subprocess
import sys

OPTIONS = ['-q', '--layout', 'fr', '--rank=20']
FORMATS = ['graphml', 'gexf', 'dot', 'json', 'csv']
SFDP = ['sfdp', '-Tsvg']


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 1
    exe = os.path.abspath(sys.argv[1])
    root = os.path.abspath(sys.argv[2])
    out = os.path.abspath(sys.argv[3] if len(sys.argv) == 4
                          else os.path.join(root, 'graphs'))
    os.makedirs(out, exist_ok=True)
    cmd = [exe, 'examples', *OPTIONS,
           '--mentions', os.path.join(out, 'examples.mentions.jsonl')]
    for f in FORMATS:
        cmd += ['-o', os.path.join(out, 'examples.' + f)]
    p = subprocess.run(cmd, cwd=root, capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode('utf-8', 'replace'))
        print(f'make_graphs: entgraph exited {p.returncode}', file=sys.stderr)
        return 1
    with open(os.path.join(out, 'examples.rank.txt'), 'wb') as f:
        f.write(p.stdout)
    if not shutil.which('sfdp'):
        print('make_graphs: sfdp (Graphviz) not found: examples.svg not '
              'regenerated', file=sys.stderr)
        return 2
    svg = os.path.join(out, 'examples.svg')
    p = subprocess.run([*SFDP, os.path.join(out, 'examples.dot'),
                        '-o', svg + '.tmp'], capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode('utf-8', 'replace'))
        print(f'make_graphs: sfdp exited {p.returncode}', file=sys.stderr)
        return 1
    os.replace(svg + '.tmp', svg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
