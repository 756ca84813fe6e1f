#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""End-to-end tests of the entgraph program (run by meson test).

usage: run_tests.py MODE ENTGRAPH TESTS_DIR [--update]

MODE is one of:
  golden     run on tests/cases/corpus and compare with tests/golden
             (--update rewrites the golden files; commit them with a reason)
  errors     bad input, bad usage and unwritable outputs: exit status,
             message naming the file, no half-written or clobbered files
  annotated  score --mentions against the hand-annotated sentences in
             tests/data/annotated.jsonl and fail below the floor
  formats    parse every export format back (networkx, json, csv; dot and
             sfdp when installed): tests/golden/formats (written by the
             unit test from tests/cases/odd/labels.txt) and fresh runs on
             tests/cases/odd and the corpus; same counts everywhere, every
             label exact (skipped when networkx is missing)
  graphs     regenerate graphs/ into a temporary directory with
             tools/make_graphs.py and compare every file except the SVG
             byte for byte: fails when graphs/ is stale
  graphs-svg the SVG part of graphs/ (skipped when sfdp is missing)
  manpage    entgraph.1 and --help list the same options and README.md
             names them all; groff renders the page without warnings
             (when groff is installed)
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from testlib import check, failures, run, summary_seconds


def golden(exe, tests, update):
    corpus = os.path.join(tests, 'cases', 'corpus')
    gold = os.path.join(tests, 'golden')
    with tempfile.TemporaryDirectory() as tmp:
        outs = {}
        for rnd in (1, 2):
            d = os.path.join(tmp, str(rnd))
            os.mkdir(d)
            # relative input path: document ids are paths as given; the
            # two runs use 1 and 3 analysis threads
            rc, _, err = run(exe, '-q', '-j', str(2 * rnd - 1),
                             os.path.join('cases', 'corpus'),
                             '-o', f'{d}/corpus.graphml',
                             '-o', f'{d}/corpus.dot', '--mentions',
                             f'{d}/corpus.mentions.jsonl', cwd=tests)
            check(rc == 0, f'run {rnd} exits 0 (got {rc}: {err})')
            outs[rnd] = {n: open(os.path.join(d, n), 'rb').read()
                         for n in sorted(os.listdir(d))}
        check(outs[1] == outs[2],
              'runs with -j 1 and -j 3 give byte-identical outputs')
        for name, data in outs[1].items():
            path = os.path.join(gold, name)
            if update:
                with open(path, 'wb') as f:
                    f.write(data)
                continue
            want = open(path, 'rb').read() if os.path.exists(path) else None
            check(want == data, f'{name} matches tests/golden/{name} '
                  '(rerun with --update if the change is intended)')
        # every mention's offsets point at its text in the source document
        docs = {}
        for name in os.listdir(corpus):
            p = os.path.join(corpus, name)
            if name.endswith('.jsonl'):
                for line in open(p, encoding='utf-8'):
                    o = json.loads(line)
                    docs[o['id']] = o['text'].encode('utf-8')
            else:
                docs[os.path.join('cases', 'corpus', name)] = \
                    open(p, 'rb').read()
        for line in outs[1]['corpus.mentions.jsonl'].decode().splitlines():
            m = json.loads(line)
            text = docs[m['doc']]
            check(text[m['start']:m['end']].decode('utf-8') == m['text'],
                  f'mention offsets match the text: {m}')
            check(m['type'] in ('person', 'organisation', 'place'),
                  f'mention type: {m}')


def errors(exe, tests):
    edir = os.path.join(tests, 'errors')
    corpus = os.path.join(tests, 'cases', 'corpus')
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'x.graphml')
        cases = [
            # args, exit status, words the message must contain
            (['missing.txt', '-o', out], 2, ['missing.txt']),
            ([os.path.join(edir, 'bad.jsonl'), '-o', out], 2,
             ['bad.jsonl:2']),
            ([os.path.join(edir, 'notext.jsonl'), '-o', out], 2,
             ['notext.jsonl:1', 'text']),
            ([corpus, '-o', os.path.join(tmp, 'x.unknown')], 1, ['x.unknown']),
            ([corpus, '--format', 'nope', '-o', out], 1, ['nope']),
            ([corpus, '--window', 'page', '-o', out], 1, ['--window']),
            ([corpus, '--seed', '-3', '-o', out], 1, ['--seed']),
            ([corpus, '--types', 'animal', '-o', out], 1, ['animal']),
            ([corpus, '--layout', 'spring', '-o', out], 1, ['--layout']),
            ([corpus, '--format', 'csv', '-o', '-'], 1, ['PREFIX.nodes.csv']),
            ([corpus, '--bogus'], 1, ['--bogus']),
            ([], 1, ['no input']),
            ([corpus, '-o', os.path.join(tmp, 'no', 'dir', 'x.graphml')], 3,
             ['no/dir/x.graphml']),
            ([corpus, '--alias', os.path.join(edir, 'bad.jsonl'), '-o', out],
             2, ['bad.jsonl']),
        ]
        if os.access('/dev/full', os.W_OK):
            cases.append(([corpus, '--format', 'graphml', '-o', '/dev/full'],
                          3, ['/dev/full']))
        for args, want_rc, words in cases:
            rc, _, err = run(exe, *args)
            check(rc == want_rc, f'{args}: exit {rc}, want {want_rc} ({err})')
            for w in words:
                check(w in err, f'{args}: message {err!r} names {w!r}')
            check('Segmentation' not in err and rc < 128,
                  f'{args}: no crash')
        check(not os.path.exists(out), 'no output written after an error')
        # a good output is not replaced when a later run fails
        rc, _, _ = run(exe, '-q', corpus, '-o', out)
        check(rc == 0, 'good run')
        before = open(out, 'rb').read()
        rc, _, _ = run(exe, '-q', os.path.join(edir, 'bad.jsonl'), '-o', out)
        check(rc == 2 and open(out, 'rb').read() == before,
              'a failed run leaves the previous output intact')
        check([n for n in os.listdir(tmp) if '.tmp' in n] == [],
              'no temporary files left behind')
        # skipping bad lines is possible on request
        rc, _, err = run(exe, '--skip-bad-lines', os.path.join(edir, 'bad.jsonl'),
                         '-o', out)
        check(rc == 0 and 'bad.jsonl:2' in err, f'--skip-bad-lines warns ({err})')
        # binary files in a directory are skipped with a warning
        rc, _, err = run(exe, edir, '--skip-bad-lines', '-o', out)
        check(rc == 0 and 'binary.txt' in err, f'binary file skipped ({err})')
        # stdin, and --help / --version
        rc, o, _ = run(exe, '-', '-q', '--format', 'dot', '-o', '-',
                       stdin='Anna Berg met Tomas Nowak in Oslo.'.encode())
        check(rc == 0 and o.startswith('graph "entgraph"'), 'stdin to stdout')
        rc, o, _ = run(exe, '--help')
        check(rc == 0 and '--output' in o and '--mentions' in o, '--help')
        rc, o, _ = run(exe, '--version')
        check(rc == 0 and o.startswith('entgraph '), '--version')


def annotated(exe, tests, floor=0.85):
    path = os.path.join(tests, 'data', 'annotated.jsonl')
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, 'in.jsonl')
        with open(inp, 'w', encoding='utf-8') as f:
            for i, r in enumerate(rows):
                f.write(json.dumps({'id': str(i), 'text': r['text']}) + '\n')
        ment = os.path.join(tmp, 'm.jsonl')
        rc, _, err = run(exe, '-q', inp, '--mentions', ment)
        check(rc == 0, f'run exits 0 ({err})')
        got = set()
        for line in open(ment, encoding='utf-8'):
            m = json.loads(line)
            got.add((m['doc'], m['start'], m['end'], m['type']))
    gold = {(str(i), e['start'], e['end'], e['type'])
            for i, r in enumerate(rows) for e in r['entities']}
    print(f'{len(rows)} sentences, {len(gold)} gold mentions')
    f1s = {}
    for t in ('person', 'organisation', 'place', None):
        g = {x for x in gold if t is None or x[3] == t}
        p = {x for x in got if t is None or x[3] == t}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s[t] = f1
        print(f'{t or "all":13s} P {prec:.3f} R {rec:.3f} F1 {f1:.3f}')
    for x in sorted(gold - got):
        print('missed', x, rows[int(x[0])]['text'].encode()[x[1]:x[2]].decode())
    for x in sorted(got - gold):
        print('extra ', x, rows[int(x[0])]['text'].encode()[x[1]:x[2]].decode())
    check(f1s[None] >= floor, f'annotated F1 {f1s[None]:.3f} >= {floor}')


FORMATS_OUT = ['g.graphml', 'g.gexf', 'g.dot', 'g.json', 'g.graphology.json',
               'g.csv']


def dot_labels(path):
    """id -> label from entgraph's DOT, undoing its escapes."""
    text = open(path, encoding='utf-8').read()
    out = {}
    q = r'"((?:[^"\\]|\\.)*)"'
    for m in re.finditer(r'^  ' + q + r' \[label=' + q, text, re.M):
        def unescape(s):
            s = re.sub(r'\\(.)', lambda g: '\n' if g.group(1) == 'n'
                       else g.group(1), s)
            return s.replace('&amp;', '&')
        out[unescape(m.group(1))] = unescape(m.group(2))
    edges = len(re.findall(r'^  ' + q + ' -- ' + q, text, re.M))
    return out, edges


def read_all(nx, d, prefix):
    """format -> (id -> label, number of edges) for every file of a run."""
    got = {}
    g = nx.read_graphml(os.path.join(d, prefix + '.graphml'))
    got['graphml'] = ({n: a['label'] for n, a in g.nodes(data=True)},
                      g.number_of_edges())
    check(not g.is_directed() and not g.is_multigraph(), 'GraphML: simple '
          'undirected graph')
    g = nx.read_gexf(os.path.join(d, prefix + '.gexf'))
    got['gexf'] = ({n: a['label'] for n, a in g.nodes(data=True)},
                   g.number_of_edges())
    check(not g.is_directed() and not g.is_multigraph(), 'GEXF: simple '
          'undirected graph')
    data = json.load(open(os.path.join(d, prefix + '.json'), encoding='utf-8'))
    check(data['links'] == data['edges'], 'JSON: links == edges')
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        g = nx.node_link_graph(data)
    got['json'] = ({n: a['label'] for n, a in g.nodes(data=True)},
                   g.number_of_edges())
    check(not g.is_directed() and not g.is_multigraph(), 'JSON: simple '
          'undirected graph')
    data = json.load(open(os.path.join(d, prefix + '.graphology.json'),
                          encoding='utf-8'))
    check(data['options']['type'] == 'undirected', 'graphology: undirected')
    got['graphology'] = ({n['key']: n['attributes']['label']
                          for n in data['nodes']}, len(data['edges']))
    for part in ('nodes', 'edges'):
        raw = open(os.path.join(d, f'{prefix}.{part}.csv'), 'rb').read()
        check(not raw.startswith(b'\xef\xbb\xbf') and b'\r' not in raw,
              f'{part}.csv: no BOM, LF line ends')
    with open(os.path.join(d, prefix + '.nodes.csv'), encoding='utf-8',
              newline='') as f:
        rows = list(csv.reader(f))
    check(rows[0][:2] == ['Id', 'Label'], f'nodes.csv header {rows[0]}')
    check(all(len(r) == len(rows[0]) for r in rows), 'nodes.csv: rectangular')
    labels = {r[0]: r[1] for r in rows[1:]}
    with open(os.path.join(d, prefix + '.edges.csv'), encoding='utf-8',
              newline='') as f:
        rows = list(csv.reader(f))
    check(rows[0][:5] == ['Source', 'Target', 'Type', 'Id', 'Weight'],
          f'edges.csv header {rows[0]}')
    check(all(len(r) == len(rows[0]) for r in rows), 'edges.csv: rectangular')
    check(all(r[2] == 'Undirected' for r in rows[1:]), 'edges.csv: Type')
    got['csv'] = (labels, len(rows) - 1)
    got['dot'] = dot_labels(os.path.join(d, prefix + '.dot'))
    return got


def same_everywhere(got, what, want=None):
    ref = want if want is not None else got['graphml']
    for fmt, (labels, edges) in got.items():
        check(len(labels) == len(ref[0]) and edges == ref[1],
              f'{what} {fmt}: {len(labels)} nodes, {edges} edges, want '
              f'{len(ref[0])}, {ref[1]}')
        for k, v in ref[0].items():
            check(labels.get(k) == v,
                  f'{what} {fmt}: label of {k} is {labels.get(k)!r}, want '
                  f'{v!r}')


def same_evidence(nx, d, prefix):
    """Edge evidence is exact in GraphML, GEXF and graphology JSON (as in
    node-link JSON) and flattened to one line in CSV."""
    data = json.load(open(os.path.join(d, prefix + '.json'), encoding='utf-8'))
    want = {(e['source'], e['target']): e.get('evidence') for e in data['links']}
    for fmt, g in (('graphml', nx.read_graphml(os.path.join(d, prefix + '.graphml'))),
                   ('gexf', nx.read_gexf(os.path.join(d, prefix + '.gexf')))):
        for (s, t), ev in want.items():
            got = g.edges[s, t].get('evidence')
            check(got == ev or (ev is None and got in ('', None)),
                  f'{fmt} evidence {s}-{t}: {got!r}, want {ev!r}')
    data = json.load(open(os.path.join(d, prefix + '.graphology.json'),
                          encoding='utf-8'))
    for e in data['edges']:
        ev = want[e['source'], e['target']]
        check(e['attributes'].get('evidence') == ev,
              f'graphology evidence {e["key"]}: {e["attributes"]}')
    with open(os.path.join(d, prefix + '.edges.csv'), encoding='utf-8',
              newline='') as f:
        for r in csv.DictReader(f):
            ev = re.sub(r'[\r\n\t]', ' ', want[r['Source'], r['Target']] or '')
            check(r['evidence'] == ev, f'csv evidence {r}: want {ev!r}')


def render_dot(path):
    for prog in ('dot', 'sfdp'):
        if not shutil.which(prog):
            print(f'{prog} not installed: not rendering {path}')
            continue
        p = subprocess.run([prog, '-Tsvg', path], capture_output=True)
        check(p.returncode == 0 and b'</svg>' in p.stdout,
              f'{prog} -Tsvg {path}: {p.stderr[-300:]!r}')


def formats(exe, tests):
    try:
        import networkx as nx
    except ImportError:
        print('networkx not installed: skipping')
        return 77
    print('networkx', nx.__version__)
    # the unit test's golden files: hand-built graph with odd labels
    gold = os.path.join(tests, 'golden', 'formats')
    names = open(os.path.join(tests, 'cases', 'odd', 'labels.txt'),
                 encoding='utf-8').read().splitlines()
    want = {f'n{i:02d}': n for i, n in enumerate(names)}
    want['node'] = 'Bad\ufffdbyte'  # an invalid byte becomes U+FFFD
    got = read_all(nx, gold, 'small')
    same_everywhere(got, 'golden', (want, len(want) - 1))
    same_evidence(nx, gold, 'small')
    render_dot(os.path.join(gold, 'small.dot'))
    # fresh runs of the program
    odd = os.path.join(tests, 'cases', 'odd')
    runs = {
        'odd': [odd, '--alias', os.path.join(odd, 'aliases.json'),
                '--layout', 'fr'],
        'corpus': [os.path.join(tests, 'cases', 'corpus')],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, args in runs.items():
            outs = []
            for rnd in (1, 2):
                d = os.path.join(tmp, f'{name}{rnd}')
                os.mkdir(d)
                cmd = ['-q', *args]
                for f in FORMATS_OUT:
                    cmd += ['-o', os.path.join(d, f)]
                rc, _, err = run(exe, *cmd)
                check(rc == 0, f'{name}: exit {rc} ({err})')
                outs.append({n: open(os.path.join(d, n), 'rb').read()
                             for n in sorted(os.listdir(d))})
            check(outs[0] == outs[1], f'{name}: two runs byte-identical')
            d = os.path.join(tmp, f'{name}1')
            got = read_all(nx, d, 'g')
            same_everywhere(got, name)
            same_evidence(nx, d, 'g')
            check(len(got['graphml'][0]) > 5, f'{name}: has nodes')
            render_dot(os.path.join(d, 'g.dot'))
            if name == 'odd':
                labels = set(got['graphml'][0].values())
                for n in ('Zürich', 'São Paulo', 'Kraków', 'Malmö',
                          'Düsseldorf', 'Reykjavík', 'Renée Fleming',
                          'Zoë Saldaña', 'François Hollande',
                          'Maria Gonçalves', "O'Brien Logistics"):
                    check(n in labels, f'odd: {n!r} among the labels')
                g = nx.read_graphml(os.path.join(d, 'g.graphml'))
                check(all('x' in a and 'y' in a for _, a in g.nodes(data=True)),
                      'odd: --layout fr gives x, y')
    return 0


def options(exe, tests):
    """--alias, --stoplist and --types change what becomes a node."""
    text = ('Kenyan President Grace Wanjiru met Prime Minister Abiy Tesfaye '
            'in Nairobi. Mrs Wanjiru said the Horn Alliance would meet in '
            'Addis Ababa. G. Wanjiru thanked the Northern Water Board.\n')
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, 'a.txt')
        open(inp, 'w').write(text)

        def labels(*args):
            out = os.path.join(tmp, 'g.json')
            rc, _, err = run(exe, '-q', inp, '--keep-isolates', '-o', out, *args)
            check(rc == 0, f'{args}: exit 0 ({err})')
            if rc:
                return {}
            g = json.load(open(out))
            return {n['label']: n['type'] for n in g['nodes']}

        base = labels()
        check(base.get('Grace Wanjiru') == 'person', f'base: {base}')
        check(base.get('Nairobi') == 'place', f'base: {base}')
        # --types keeps only the named types
        only = labels('--types', 'place')
        check(set(only.values()) == {'place'} and 'Nairobi' in only,
              f'--types place: {only}')
        # --stoplist removes names
        stop = os.path.join(tmp, 'stop.txt')
        open(stop, 'w').write('# never these\nNairobi\nHorn Alliance\n')
        st = labels('--stoplist', stop)
        check('Nairobi' not in st and 'Horn Alliance' not in st
              and 'Grace Wanjiru' in st, f'--stoplist: {st}')
        # --alias merges a variant into a canonical name and can set a type
        alias = os.path.join(tmp, 'alias.json')
        json.dump({'G. Wanjiru': 'Grace Wanjiru',
                   'Horn Alliance': {'name': 'Horn of Africa Alliance',
                                     'type': 'organisation'}},
                  open(alias, 'w'))
        al = labels('--alias', alias)
        check('G. Wanjiru' not in al, f'--alias merges: {al}')
        check(al.get('Horn of Africa Alliance') == 'organisation',
              f'--alias names the node and sets its type: {al}')
        # a wrong alias file is an input error naming the file
        json.dump(['not', 'an', 'object'], open(alias, 'w'))
        rc, _, err = run(exe, '-q', inp, '--alias', alias, '-o',
                         os.path.join(tmp, 'x.graphml'))
        check(rc == 2 and 'alias.json' in err, f'bad alias file: {rc} {err}')
        rc, _, err = run(exe, '-q', inp, '--stoplist',
                         os.path.join(tmp, 'nope.txt'), '-o',
                         os.path.join(tmp, 'x.graphml'))
        check(rc == 2 and 'nope.txt' in err, f'missing stoplist: {rc} {err}')
        # the summary times the stages of the analysis; with one thread
        # they run inside the extract time, so their sum is at most it
        big = os.path.join(tests, 'cases', 'corpus')
        rc, _, err = run(exe, '-j1', '--no-progress', inp, big, '-o',
                         os.path.join(tmp, 'x.graphml'))
        t = summary_seconds(err)
        check(rc == 0 and t, f'summary with stage times: {err}')
        if t:
            inner = t['clean'] + t['segment'] + t['find'] + t['resolve']
            check(inner <= t['extract'] + 0.0025,
                  f'clean + segment + find + resolve <= extract: {t}')


def make_graphs(exe, tests, tmp):
    root = os.path.dirname(os.path.abspath(tests))
    p = subprocess.run([sys.executable,
                        os.path.join(root, 'tools', 'make_graphs.py'),
                        exe, root, tmp], capture_output=True)
    return root, p.returncode, p.stderr.decode('utf-8', 'replace')


STALE = ' differs from a fresh run: run `meson compile -C build graphs` ' \
    'and commit graphs/ with the change that caused it'


def graphs(exe, tests):
    """Every file in graphs/ but the SVG, byte for byte.

    The SVG is left to graphs_svg: sfdp's output depends on the Graphviz
    version (and the fonts it measures labels with), so it cannot be held
    byte for byte everywhere, while everything entgraph writes can."""
    with tempfile.TemporaryDirectory() as tmp:
        root, rc, err = make_graphs(exe, tests, tmp)
        check(rc in (0, 2), f'make_graphs.py exits 0 (got {rc}: {err})')
        gdir = os.path.join(root, 'graphs')
        fresh = sorted(n for n in os.listdir(tmp) if not n.endswith('.svg'))
        have = sorted(n for n in os.listdir(gdir)
                      if not n.endswith('.svg'))
        check(fresh == have, f'graphs/ holds {have}, a fresh run {fresh}')
        for n in fresh:
            got = open(os.path.join(tmp, n), 'rb').read()
            path = os.path.join(gdir, n)
            want = open(path, 'rb').read() if os.path.exists(path) else None
            check(got == want, f'graphs/{n}' + STALE)
        # the README quotes the ranking table: keep its top rows current
        readme = open(os.path.join(root, 'README.md'), encoding='utf-8').read()
        rank = open(os.path.join(tmp, 'examples.rank.txt'),
                    encoding='utf-8').read().splitlines()
        for line in rank[:6]:
            check(line in readme, f'README quotes the rank line {line!r}')


def svg_shape(data):
    """What the picture shows, independent of the layout: node and edge
    titles with their fill colours and shapes."""
    out = []
    for m in re.finditer(rb'<g id="(?:node|edge)\d+" class="(node|edge)">\s*'
                         rb'<title>(.*?)</title>\s*<(\w+)(?: fill="([^"]*)")?',
                         data):
        out.append(m.groups())
    return sorted(out)


def graphs_svg(exe, tests):
    """graphs/examples.svg: the same nodes, edges, colours and shapes as a
    fresh sfdp render of the fresh DOT everywhere; byte for byte when the
    installed Graphviz is the version named in the committed SVG; sfdp
    gives the same bytes on two runs."""
    if not shutil.which('sfdp'):
        print('sfdp (Graphviz) not installed: skipping the SVG check')
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        root, rc, err = make_graphs(exe, tests, tmp)
        check(rc == 0, f'make_graphs.py exits 0 (got {rc}: {err})')
        fresh = open(os.path.join(tmp, 'examples.svg'), 'rb').read()
        path = os.path.join(root, 'graphs', 'examples.svg')
        want = open(path, 'rb').read() if os.path.exists(path) else b''
        check(len(svg_shape(fresh)) > 10, 'the fresh SVG has nodes and edges')
        check(svg_shape(fresh) == svg_shape(want),
              'graphs/examples.svg (nodes, edges, colours, shapes)' + STALE)
        version = re.compile(rb'<!-- Generated by graphviz version ([^\n]*)')
        mine, theirs = version.search(fresh), version.search(want)
        if mine and theirs and mine.group(1) == theirs.group(1):
            check(fresh == want, 'graphs/examples.svg' + STALE)
        else:
            print('Graphviz version differs from the one that drew '
                  'graphs/examples.svg: compared nodes and edges only')
        os.remove(os.path.join(tmp, 'examples.svg'))
        _, rc, err = make_graphs(exe, tests, tmp)
        again = open(os.path.join(tmp, 'examples.svg'), 'rb').read()
        check(again == fresh, 'sfdp gives the same SVG twice')


def manpage(exe, tests):
    """entgraph.1 lists exactly the options --help lists."""
    root = os.path.dirname(os.path.abspath(tests))
    man = open(os.path.join(root, 'entgraph.1'), encoding='utf-8').read()
    full = man
    # the OPTIONS section only: FILES quotes pkg-config's own options
    man = re.search(r'^\.SH OPTIONS\n(.*?)^\.SH ', man, re.M | re.S)
    check(man is not None, 'entgraph.1 has an OPTIONS section')
    man = man.group(1) if man else ''
    rc, helptext, err = run(exe, '--help')
    check(rc == 0, f'--help exits 0 ({rc}: {err})')
    in_help = set(re.findall(r'(?<![\w-])--[a-z][a-z-]*', helptext))
    in_man = set(m.replace('\\-', '-') for m in
                 re.findall(r'\\-\\-[a-z][a-z-]*(?:\\-[a-z-]+)*', man))
    check(len(in_help) > 20, f'options found in --help: {sorted(in_help)}')
    for o in sorted(in_help - in_man):
        check(False, f'{o} is in --help but not in entgraph.1')
    for o in sorted(in_man - in_help):
        check(False, f'{o} is in entgraph.1 but not in --help')
    # the README's "All options" list names every one as well
    readme = open(os.path.join(root, 'README.md'), encoding='utf-8').read()
    for o in sorted(in_help):
        check(re.search(re.escape(o) + r'(?![a-z-])', readme) is not None,
              f'{o} is in --help but not in README.md')
    # short options: "  -o, --output" in --help, "\fB\-o\fR, \fB\-\-output"
    # opening a line of the man page
    short_help = set(re.findall(r'^\s+(-[a-zA-Z]), --', helptext, re.M))
    short_man = set(s.replace('\\-', '-') for s in
                    re.findall(r'^\\fB(\\-[a-zA-Z])\\fR, ', man, re.M))
    check(short_help == short_man,
          f'short options: --help {sorted(short_help)}, '
          f'entgraph.1 {sorted(short_man)}')
    th = re.search(r'^\.TH ENTGRAPH 1 "[^"]*" "entgraph ([^"]*)"', full, re.M)
    rc, version, _ = run(exe, '--version')
    check(th is not None and version.split()[-1] == th.group(1),
          f'.TH names the version of --version ({version.strip()})')
    if shutil.which('groff'):
        p = subprocess.run(['groff', '-man', '-Tutf8', '-ww',
                            os.path.join(root, 'entgraph.1')],
                           capture_output=True)
        check(p.returncode == 0 and not p.stderr,
              f'groff -man -ww: no warnings ({p.stderr.decode()[:500]})')
    else:
        print('groff not installed: not rendering entgraph.1')


def corpus(exe, tests):
    """Resolution across documents: acronyms without their expansion,
    romanisation variants, and people who must stay apart."""
    docs = [
        ('a', 'The Baltic Rail Authority (BRA) opened a line to Riga. '
              'Layla al-Hashimi praised the line.'),
        ('b', 'BRA officials said fares would rise. Laila al-Hashimi '
              'disagreed with the BRA.'),
        ('c', 'Kim Jong Un met Kim Jong Il in Pyongyang in 1995.'),
        ('d', 'Kim Jong-un later visited Wonsan with Choe Son-hui.'),
        ('e', 'Choe Sun Hui flew to Moscow.'),
        ('f', 'Pak Min Song met the Lagos Harbour Workers Union in Lagos.'),
        ('g', 'Park Min-song thanked Ghana\'s Harbour Workers Union. '
              'The Volta Basin Authority met in Accra; the Votla Basin '
              'Authority said so.'),
        ('h', 'Aleksandrova Petrova visited Rostov. Later Aleksandrva spoke.'),
        ('i', 'The Coastal Defence Authority met the Pilots Licence Board '
              'in Tema.'),
        ('j', 'The Coastal Defense Authority thanked the Pilots License '
              'Board in Tema. The Coastal Defense Authority met the Pilots '
              'Licensing Board.'),
        ('k', 'Harlow Mining Corp. cut jobs in Perth.'),
        ('l', 'Harlow Mining hired staff in Perth.'),
        ('m', 'Tarou Senda met Lena Varga in Oslo.'),
        ('n', 'Senda Tarou flew to Bergen with Varga.'),
        ('o', 'S. Okonjo met Lena Varga in Accra.'),
        ('p', 'Samira Okonjo left Accra for Oslo.'),
        ('q', 'Floods hit Tarvel Prefecture and Oslo.'),
        ('r', 'Rain fell in Tarvel and Bergen.'),
        ('s', 'Marta von der Varnet met Lena Varga in Oslo.'),
        ('t', 'Von der Varnet flew to Bergen with Varga.'),
        ('u', 'Tomas Okafor met Lena Varga in Oslo.'),
        ('v', 'Okafor left Oslo for Bergen.'),
        ('w', 'Okafor met Varga in Accra.'),
        ('x', 'The Partai Rakyat Maju (PARAMA) won in Accra and Oslo.'),
        ('y', 'PARAMA leaders met in Bergen and Oslo.'),
        ('z1', 'Korvel Marine Group cut jobs in Bergen.'),
        ('z2', 'Analysts at Korvel Marine expect growth in Accra.'),
        ('z3', 'The Halden Foundation met Halden Energy in Oslo.'),
        ('z4', 'Recep Tayyip Orhanoglu met Halden Energy in Bergen.'),
        ('z5', 'Tayyip Orhanoglu flew to Accra with Lena Varga.'),
        ('z6', 'Kwame Adjoa Mensimah met Lena Varga in Accra.'),
        ('z7', 'Kwame Mensimah flew to Bergen with Halden Energy staff.'),
        ('z8', 'Tomas Brel Ostrander and Tomas Kiel Ostrander met in Oslo.'),
        ('z9', 'Tomas Ostrander flew to Accra with Lena Varga.'),
        ('z10', 'The State of Ohio sued Halden Energy in Bergen.'),
        ('z11', 'Ohio and Oman hosted Lena Varga.'),
        ('z12', 'The Ghanaian Fisheries Ministry met Lena Varga in Accra.'),
        ('z13', 'The Fisheries Ministry said Oslo agreed.'),
        ('z14', 'The Norwegian Harbour Ministry met officials in Oslo.'),
        ('z15', 'The Ghanaian Harbour Ministry met officials in Accra.'),
        ('z16', 'The Harbour Ministry thanked Bergen.'),
        ('z17', 'Officials of the US Fisheries Department met in Oslo.'),
        ('z18', 'The American Fisheries Department met in Bergen.'),
        ('z19', 'Tomas K. Brandvold III met Lena Varga in Oslo.'),
        ('z20', 'Tomas Brandvold flew to Accra with Lena Varga.'),
        ('z21', 'The KVX Group cut jobs in Oslo.'),
        ('z22', 'KVX hired staff in Bergen with Lena Varga.'),
        ('z23', 'KVX Trading Ltd opened an office in Accra.'),
        ('z24', 'KVX hired engineers in Oslo with Lena Varga.'),
        ('z19', 'The Scottish Harbour Party met in Oslo.'),
        ('z20', 'The Harbour Party won in Bergen.'),
        ('z21', 'The Russian Security Council met in Oslo.'),
        ('z22', 'The Security Council met in Bergen.'),
        ('z23', 'The Ghanaian Defense Office met Lena Varga in Accra.'),
        ('z24', 'The Defence Office said Oslo agreed.'),
        ('z25', 'Aleksandr Dravenko met Lena Varga in Oslo.'),
        ('z26', 'Alexander Dravenko flew to Bergen with Lena Varga.'),
        ('z27', 'Sergey V. Maltrov met Lena Varga in Oslo.'),
        ('z28', 'Sergei Maltrov and Dmitriy Kolvin flew to Accra.'),
        ('z29', 'Dmitri Kolvin met Marta Telvan in Accra.'),
        ('z30', 'Martin Telvan flew to Oslo with Lena Varga.'),
        ('z31', 'Halvard Osk, also known as Osk Drummen, met Lena Varga '
                'in Oslo.'),
        ('z32', 'Osk Drummen flew to Bergen with Lena Varga.'),
        ('z33', 'Tomas Lincoln met Lena Varga in Oslo. Lincoln said the '
                'talks went well. Lincoln left for Bergen.'),
        ('z34', 'Mr Zembrov spoke in Bergen. Mr Zembrov left for Oslo.'),
        ('z35', 'Mr Zembrov met Lena Varga in Accra.'),
        ('z36', 'Kivo Zembrov flew to Oslo with Lena Varga.'),
        ('z37', 'The US Coastal Safety Board (CSB) met in Oslo.'),
        ('z38', 'The Coastal Safety Board (CSB) met in Bergen.'),
        ('z39', 'CSB officials flew to Accra with Lena Varga.'),
        ('z40', 'Karim Nasser al-Tahiri met Lena Varga in Oslo.'),
        ('z41', 'Karim Nasser Tahiri flew to Bergen with Lena Varga.'),
        ('z42', 'HLV Group AG bought a yard in Oslo.'),
        ('z43', 'Analysts at HLV expect growth in Bergen.'),
        ('z44', 'Troops entered the city of Velmorsk-on-Kel with Lena '
                'Varga.'),
        ('z45', 'Fighters left the city of Velmorsk for Oslo.'),
        ('z46', 'Ruth Velmorsk-on-Kel met Lena Varga in Bergen.'),
        ('z47', 'China Zembrande Group said it would restructure in '
                'Oslo.'),
        ('z48', 'Analysts at Zembrande expect losses in Bergen.'),
        ('z49', 'The US Reef Guard met Lena Varga in Oslo.'),
        ('z50', 'The United States Reef Guard flew to Bergen.'),
        ('z51', 'The Canadian Reef Guard met officials in Accra.'),
        ('z52', 'Zembrol Corporation opened a plant in Oslo.'),
        ('z53', 'Zembrol Corp cut jobs in Bergen.'),
        ('z54', 'Larry Harlander met Lena Varga in Oslo.'),
        ('z55', 'Lawrence Harlander flew to Bergen with Lena Varga.'),
        ('z56', 'Lena Varga addressed troops at a base in Anchorage.'),
        ('z57', 'The US Federal Reserve met Lena Varga in Oslo.'),
        ('z58', 'The Federal Reserve raised rates in Bergen.'),
        ('z59', 'The Fed cut rates in Accra with Lena Varga.'),
        ('z6', 'Gerald Ford met Lena Varga in Oslo. Ford said the talks '
               'went well in Oslo.'),
        ('z7', 'Ford cut jobs in Detroit and Bergen.'),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, 'c.jsonl')
        with open(inp, 'w') as f:
            for i, t in docs:
                f.write(json.dumps({'id': i, 'text': t}) + '\n')
        out = os.path.join(tmp, 'g.json')
        rc, _, err = run(exe, '-q', inp, '-o', out)
        check(rc == 0, f'exit 0 ({err})')
        g = json.load(open(out))
        labels = {n['label']: n for n in g['nodes']}
        names = sorted(labels)
        check('BRA' not in labels and 'Baltic Rail Authority' in labels,
              f'acronym joins its expansion across documents: {names}')
        check(labels.get('Baltic Rail Authority', {}).get('mentions') == 4,
              f'acronym mentions counted: {labels.get("Baltic Rail Authority")}')
        hashimi = [l for l in labels if 'Hashimi' in l]
        check(len(hashimi) == 1, f'one-edit variants merge: {hashimi}')
        check('Kim Jong Un' in labels or 'Kim Jong-un' in labels,
              f'Kim Jong Un: {names}')
        check('Kim Jong Il' in labels, f'Kim Jong Il stays apart: {names}')
        kims = [l for l in labels if l.startswith('Kim Jong')]
        check(len(kims) == 2, f'two Kims, variants merged: {kims}')
        choe = [l for l in labels if l.startswith('Choe')]
        check(len(choe) == 1, f'Choe variants merge: {choe}')
        pak = [l for l in labels if 'song' in l.lower()]
        check(len(pak) == 1, f'Pak / Park Min-song merge: {pak}')
        union = [l for l in labels if l.endswith('Workers Union')]
        check(union == ['Lagos Harbour Workers Union'],
              f'an organisation named by the end of another joins it: '
              f'{union}')
        # British and American spellings of one organisation merge; two
        # edits apart do not
        defence = [l for l in labels if l.startswith('Coastal Defen')]
        check(len(defence) == 1, f'Defence / Defense merge: {defence}')
        licence = sorted(l for l in labels if l.startswith('Pilots Licen'))
        check(len(licence) == 2,
              f'Licence / License merge, Licensing stays: {licence}')
        harlow = [l for l in labels if l.startswith('Harlow')]
        check(len(harlow) == 1, f'a legal suffix names the same company: '
              f'{harlow}')
        check('Aleksandrva' not in labels,
              f'a misspelt surname joins the name one edit away: {names}')
        # other forms of one name: two names in either order, a given
        # name's initial (the full form labels it), a place with its
        # administrative head
        senda = [l for l in labels if 'Senda' in l]
        check(len(senda) == 1, f'names in either order merge: {senda}')
        okonjo = [l for l in labels if 'Okonjo' in l]
        check(okonjo == ['Samira Okonjo'],
              f'an initial joins the full name, which labels it: {okonjo}')
        # a particle and a surname named alone join the one person they
        # end; a surname labels no person also named in full
        varnet = [l for l in labels if 'Varnet' in l]
        check(varnet == ['Marta von der Varnet'],
              f'a particle-led surname joins the full name: {varnet}')
        okafor = [l for l in labels if 'Okafor' in l]
        check(okafor == ['Tomas Okafor'],
              f'the full name labels the person: {okafor}')
        # an acronym in brackets after an organisation's name stands for
        # it in other documents, whatever its letters
        parama = [l for l in labels if 'PARAMA' in l or 'Rakyat' in l]
        check(parama == ['Partai Rakyat Maju'] and
              labels['Partai Rakyat Maju']['mentions'] == 3,
              f'a bracketed acronym joins its name across documents: '
              f'{parama}')
        # a company with and without the word for its kind is one; a
        # foundation is not the company
        korvel = [l for l in labels if 'Korvel' in l]
        check(korvel == ['Korvel Marine Group'],
              f'"Group" names the same company: {korvel}')
        zemb = [l for l in labels if 'Zembrande' in l]
        check(len(zemb) == 1,
              f'a company with its country and kind and without: {zemb}')
        reef = sorted(l for l in labels if 'Reef Guard' in l)
        check(len(reef) == 2 and 'Canadian Reef Guard' in reef,
              f'one country\'s names join beside another\'s: {reef}')
        zembrol = [l for l in labels if 'Zembrol' in l]
        check(len(zembrol) == 1,
              f'"Corporation" and "Corp" after one name: {zembrol}')
        check('Anchorage' in labels,
              f'a city whose name is also a word: {names}')
        # a listed organisation of one country, with and without it
        fed = [l for l in labels if 'Fed' in l]
        check(len(fed) == 1, f'"US Federal Reserve", "Federal Reserve" '
              f'and "Fed" are one: {fed}')
        halvik = [l for l in labels if 'HLV' in l]
        check(len(halvik) == 1,
              f'"Group AG" names the same company: {halvik}')
        halden = sorted(l for l in labels if 'Halden' in l)
        check(halden == ['Halden Energy', 'Halden Foundation'],
              f'a foundation stays apart: {halden}')
        # a person's last two names join the one person they end
        orhan = [l for l in labels if 'Orhanoglu' in l]
        check(orhan == ['Recep Tayyip Orhanoglu'],
              f'the last two names join the full name: {orhan}')
        # a given name transliterated two ways, or with a middle
        # initial, by a short form ("Larry" / "Lawrence"), or with and
        # without an article before the last name, is one person; two
        # given names two letters apart are two people
        for part, want in (('Dravenko', 1), ('Maltrov', 1), ('Kolvin', 1),
                           ('Telvan', 2), ('Tahiri', 1), ('Harlander', 1)):
            got = [l for l in labels if part in l]
            check(len(got) == want,
                  f'given-name variants of {part}: {got}')
        # a name "known as" another in one document stands for it in
        # the others
        osk = [l for l in labels if 'Osk' in l]
        check(len(osk) == 1, f'"also known as" joins across documents: {osk}')
        # a person's full name labels the node, though a town's name
        # as the surname, or a surname alone in other documents, is
        # named more often
        check('Tomas Lincoln' in labels and 'Kivo Zembrov' in labels,
              f'the full name labels the person: {names}')
        # an acronym alone joins its expansion, named with and without
        # its country
        csb = [l for l in labels if 'CSB' in l or 'Coastal Safety' in l]
        check(len(csb) == 1 and 'CSB' not in csb,
              f'an acronym joins a name its country opens too: {csb}')
        # a town with its river and without is one place, which a
        # person named by it does not take
        velm = sorted(l for l in labels if 'Velmorsk' in l)
        town = [labels[l] for l in velm if not l.startswith('Ruth')]
        check(len(velm) == 2 and 'Ruth Velmorsk-on-Kel' in velm and
              town[0]['mentions'] == 2,
              f'"X-on-Y" and "X" are one town: {velm} {town}')
        # "Ford" after "Gerald Ford" is the person: the company's node
        # counts only the document that names it
        ford = labels.get('Ford', {})
        check(ford.get('documents') == 1 and ford.get('mentions') == 1,
              f'an entity whose mentions went to another counts no '
              f'document: {ford}')
        # the first and last names join the one longer name they open
        # and close; two such names leave them apart
        mens = [l for l in labels if 'Mensimah' in l]
        check(mens == ['Kwame Adjoa Mensimah'],
              f'first and last names join the full name: {mens}')
        ostr = sorted(l for l in labels if 'Ostrander' in l)
        check(ostr == ['Tomas Brel Ostrander', 'Tomas Kiel Ostrander',
                       'Tomas Ostrander'],
              f'two middle names leave the short name apart: {ostr}')
        # "State of Ohio" is Ohio
        ohio = [l for l in labels if 'Ohio' in l]
        check(len(ohio) == 1 and labels[ohio[0]]['mentions'] == 2,
              f'"State of X" joins the place: {ohio}')
        # an organisation named with and without its country: a
        # ministry joins the one country's; two countries, a party, or
        # a listed name of another country ("Security Council": the
        # United Nations') leave the short name apart
        fish = [l for l in labels if 'Fisheries Ministry' in l]
        check(len(fish) == 1 and labels[fish[0]]['mentions'] == 2,
              f'a ministry joins its country\'s: {fish}')
        harb = sorted(l for l in labels if 'Harbour Ministry' in l)
        check(len(harb) == 3,
              f'two countries leave the ministry apart: {harb}')
        fdep = [l for l in labels if 'Fisheries Department' in l]
        check(len(fdep) == 1 and labels[fdep[0]]['mentions'] == 2,
              f'"US" and "American" are one country: {fdep}')
        party = sorted(l for l in labels if 'Harbour Party' in l)
        check(len(party) == 2, f'a party stays apart: {party}')
        office = [l for l in labels if 'Office' in l and 'Defen' in l]
        check(len(office) == 1 and labels[office[0]]['mentions'] == 2,
              f'British and American spellings match: {office}')
        council = sorted(l for l in labels if 'Security Council' in l)
        check(len(council) == 2,
              f'a listed name is one country\'s: {council}')
        # a middle initial and a generation's mark: one person
        brand = [l for l in labels if 'Brandvold' in l]
        check(brand == ['Tomas K. Brandvold III'],
              f'"III" and a middle initial name one person: {brand}')
        # "X Group" is X, also when X opens the names of other firms;
        # the acronym named more often labels it
        kvx = sorted(l for l in labels if 'KVX' in l)
        check(kvx == ['KVX', 'KVX Trading Ltd'] and
              labels['KVX']['mentions'] == 3,
              f'"KVX Group" and "KVX" are one organisation, "KVX": {kvx}')
        tarvel = [l for l in labels if 'Tarvel' in l]
        check(tarvel == ['Tarvel Prefecture'] and
              labels['Tarvel Prefecture']['mentions'] == 2,
              f'a place with and without its head merge: {tarvel}')
        # graph filters renumber nodes: mentions must still name the right
        # node (or, for entities filtered out, a node absent from the graph)
        big = os.path.join(tests, 'cases', 'corpus')
        for extra in ([], ['--top', '5'], ['--keep-isolates'],
                      ['--min-weight', '2']):
            ment = os.path.join(tmp, 'm.jsonl')
            rc, _, err = run(exe, '-q', inp, big, '-o', out, '--mentions',
                             ment, *extra)
            check(rc == 0, f'{extra}: exit 0 ({err})')
            g = json.load(open(out))
            nodes = {n['id']: n for n in g['nodes']}
            for line in open(ment):
                m = json.loads(line)
                nd = nodes.get(m['entity'])
                if nd is None:
                    continue
                names = [nd['label']] + list(nd.get('aliases') or [])
                check(any(m['text'] in x or x in m['text'] for x in names),
                      f'{extra}: mention {m["text"]!r} names node '
                      f'{nd["label"]!r}')


def main():
    mode, exe, tests = sys.argv[1:4]
    update = '--update' in sys.argv
    if mode == 'golden':
        golden(exe, tests, update)
    elif mode == 'errors':
        errors(exe, tests)
    elif mode == 'annotated':
        annotated(exe, tests)
    elif mode == 'options':
        options(exe, tests)
    elif mode == 'corpus':
        corpus(exe, tests)
    elif mode == 'formats':
        if formats(exe, tests) == 77:
            return 77
    elif mode == 'graphs':
        graphs(exe, tests)
    elif mode == 'graphs-svg':
        if graphs_svg(exe, tests) == 77:
            return 77
    elif mode == 'manpage':
        manpage(exe, tests)
    else:
        print(__doc__)
        return 2
    print(f'{len(failures)} failed checks')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
