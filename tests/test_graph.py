#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Graph analysis tests (run by meson test).

usage: test_graph.py MODE ENTGRAPH GRAPH_DUMP TESTS_DIR

MODE is one of:
  networkx  every metric of graph_dump (the library's metrics on a graph
            read from stdin) against networkx on hand-made and generated
            graphs, and entgraph's GraphML on tests/cases/corpus against
            networkx on the same graph. networkx is optional: without it
            the test is skipped (exit 77) with a message.
  cli       windows, weights, filters, ranking formats, summary, usage
            errors and determinism through the entgraph program.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from testlib import check, failures, run

SKIP = 77


def close(a, b, tol):
    return abs(a - b) <= tol * max(1.0, abs(b))


# ---- GraphML without networkx -----------------------------------------

NS = '{http://graphml.graphdrawing.org/xmlns}'


def read_graphml(path):
    """Returns (nodes {id: {name: value}}, edges [(s, t, {name: value})])."""
    root = ET.parse(path).getroot()
    keys = {}
    for k in root.iter(NS + 'key'):
        conv = {'int': int, 'long': int, 'double': float,
                'float': float}.get(k.get('attr.type'), str)
        keys[k.get('id')] = (k.get('attr.name'), conv)
    g = root.find(NS + 'graph')
    nodes, edges = {}, []
    for el in g:
        data = {}
        for d in el.iter(NS + 'data'):
            name, conv = keys[d.get('key')]
            data[name] = conv(d.text or '')
        if el.tag == NS + 'node':
            nodes[el.get('id')] = data
        elif el.tag == NS + 'edge':
            edges.append((el.get('source'), el.get('target'), data))
    return nodes, edges


# ---- networkx ---------------------------------------------------------

def dump(graph_dump, n, edges, algo='none', seed=42):
    text = f'{n}\n' + ''.join(f'{s} {t} {w!r}\n' for s, t, w in edges)
    rc, out, err = run(graph_dump, algo, str(seed), stdin=text.encode())
    check(rc == 0, f'graph_dump exits 0 ({err})')
    lines = out.splitlines()
    rows = []
    for line in lines[:-1]:
        f = line.split('\t')
        rows.append({'degree': int(f[0]), 'strength': float(f[1]),
                     'pagerank': float(f[2]), 'betweenness': float(f[3]),
                     'eigenvector': float(f[4]), 'harmonic': float(f[5]),
                     'closeness': float(f[6]), 'kcore': int(f[7]),
                     'community': int(f[8])})
    _, q, k = lines[-1].split()
    return rows, float(q), int(k)


def compare_metrics(nx, name, n, edges, graph_dump):
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for s, t, w in edges:
        G.add_edge(s, t, weight=w, dist=1.0 / w)
    rows, q, k = dump(graph_dump, n, edges, 'louvain', 42)
    check(len(rows) == n, f'{name}: {n} rows')
    if len(rows) != n:
        return
    pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-13,
                     max_iter=10000)
    bt = nx.betweenness_centrality(G, normalized=False, weight='dist')
    hc = nx.harmonic_centrality(G, distance='dist')
    cl = nx.closeness_centrality(G, distance='dist', wf_improved=False)
    core = nx.core_number(G)
    worst = {}

    def cmp(metric, got, want, tol):
        d = abs(got - want)
        worst[metric] = max(worst.get(metric, 0.0), d)
        check(close(got, want, tol),
              f'{name}: {metric} {got} vs networkx {want}')

    for i in range(n):
        r = rows[i]
        check(r['degree'] == G.degree(i), f'{name}: degree of {i}')
        cmp('strength', r['strength'], G.degree(i, weight='weight'), 1e-12)
        cmp('pagerank', r['pagerank'], pr[i], 1e-7)
        cmp('betweenness', r['betweenness'], bt[i], 1e-7)
        cmp('harmonic', r['harmonic'], hc[i] / (n - 1) if n > 1 else 0,
            1e-9)
        cmp('closeness', r['closeness'], cl[i], 1e-9)
        check(r['kcore'] == core[i], f'{name}: kcore of {i}')
    if nx.is_connected(G) and n > 2:
        ev = nx.eigenvector_centrality_numpy(G, weight='weight')
        top = max(ev.values())
        for i in range(n):
            cmp('eigenvector', rows[i]['eigenvector'], abs(ev[i] / top),
                1e-6)
    # communities: numbered by size, modularity as networkx computes it
    comms = {}
    for i, r in enumerate(rows):
        comms.setdefault(r['community'], set()).add(i)
    check(sorted(comms) == list(range(k)), f'{name}: ids 0..{k - 1}')
    sizes = [len(comms[c]) for c in sorted(comms)]
    check(sizes == sorted(sizes, reverse=True),
          f'{name}: communities numbered by size {sizes}')
    want_q = nx.community.modularity(G, comms.values(), weight='weight')
    cmp('modularity', q, want_q, 1e-9)
    # Leiden with the same seed twice gives the same partition
    a = dump(graph_dump, n, edges, 'leiden', 7)
    b = dump(graph_dump, n, edges, 'leiden', 7)
    check(a == b, f'{name}: leiden --seed 7 repeats')
    lc = {}
    for i, r in enumerate(a[0]):
        lc.setdefault(r['community'], set()).add(i)
    cmp('modularity', a[1], nx.community.modularity(G, lc.values(),
                                                    weight='weight'), 1e-9)
    print(f'{name}: n={n} m={len(edges)} communities={k} Q={q:.4f} '
          'max abs diff ' +
          ' '.join(f'{m}={d:.1e}' for m, d in sorted(worst.items())))


def networkx_mode(exe, graph_dump, tests):
    try:
        import networkx as nx
        import numpy  # noqa: F401  networkx's pagerank and eigenvector
        import scipy  # noqa: F401  centrality need both
    except ImportError as e:
        # the python3 on PATH may be a private one without them: try the
        # system's (Debian python3-networkx pulls numpy and scipy) once
        system = '/usr/bin/python3'
        if os.path.exists(system) and not os.environ.get('EG_NX_REEXEC') \
                and os.path.realpath(sys.executable) != \
                os.path.realpath(system):
            os.environ['EG_NX_REEXEC'] = '1'
            os.execv(system, [system, os.path.abspath(__file__),
                              *sys.argv[1:]])
        print(f'SKIP: networkx comparison needs networkx, numpy and scipy '
              f'({e}); on Debian: apt-get install python3-networkx')
        return SKIP
    graphs = {
        'star': (4, [(0, 1, 1), (0, 2, 1), (0, 3, 1)]),
        'weighted path+chord': (4, [(0, 1, 2), (0, 2, 1), (1, 2, 1),
                                    (2, 3, 4)]),
        'two cliques': (7, [(0, 1, 1), (0, 2, 1), (1, 2, 1), (2, 3, 1),
                            (3, 4, 1), (3, 5, 1), (3, 6, 1), (4, 5, 1),
                            (4, 6, 1), (5, 6, 1)]),
    }
    rnd = random.Random(5)
    # weights 1, 2, 4, 8: distances 1/w add up exactly, so ties between
    # shortest paths are the same for igraph and networkx
    kc = nx.karate_club_graph()
    graphs['karate, random weights'] = (
        kc.number_of_nodes(),
        [(s, t, float(rnd.choice([1, 2, 4, 8]))) for s, t in kc.edges()])
    gg = nx.gnp_random_graph(80, 0.06, seed=3)  # disconnected, isolates
    graphs['gnp(80, 0.06)'] = (
        80, [(s, t, float(rnd.choice([1, 2, 4]))) for s, t in gg.edges()])
    for name, (n, edges) in graphs.items():
        compare_metrics(nx, name, n, edges, graph_dump)

    # the program's GraphML against networkx on the same graph
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'c.graphml')
        rc, _, err = run(exe, os.path.join(tests, 'cases', 'corpus'),
                         '-o', out)
        check(rc == 0, f'corpus run ({err})')
        G = nx.read_graphml(out)
        pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-13,
                         max_iter=10000)
        for _, _, d in G.edges(data=True):
            d['dist'] = 1.0 / d['weight']
        bt = nx.betweenness_centrality(G, normalized=False, weight='dist')
        n = G.number_of_nodes()
        hc = nx.harmonic_centrality(G, distance='dist')
        dpr = max(abs(G.nodes[v]['pagerank'] - pr[v]) for v in G)
        check(dpr < 1e-6, f'corpus GraphML pagerank max diff {dpr}')
        check(all(G.nodes[v]['degree'] == G.degree(v) for v in G),
              'corpus GraphML degree exact')
        check(all(close(G.nodes[v]['weighted_degree'],
                        G.degree(v, weight='weight'), 1e-9) for v in G),
              'corpus GraphML weighted_degree')
        check(all(close(G.nodes[v]['betweenness'], bt[v], 1e-6) for v in G),
              'corpus GraphML betweenness')
        check(all(close(G.nodes[v]['harmonic'], hc[v] / (n - 1), 1e-6)
                  for v in G), 'corpus GraphML harmonic')
        comms = {}
        for v in G:
            comms.setdefault(G.nodes[v]['community'], set()).add(v)
        q = nx.community.modularity(G, comms.values(), weight='weight')
        # the default (Leiden) never leaves a community in pieces
        check(all(nx.is_connected(G.subgraph(c)) for c in comms.values()),
              'every community of the default run is connected')
        m = re.search(r'modularity (-?[0-9.]+)', err)
        check(m and abs(float(m.group(1)) - q) < 1e-4,
              f'summary modularity {m and m.group(1)} vs networkx {q}')
        print(f'corpus: {n} nodes, pagerank max diff {dpr:.1e}, '
              f'modularity {q:.4f}')
    return 0


# ---- the program -------------------------------------------------------

CORPUS = '''Anna Berg met Tomas Nowak in Oslo on Monday. Anna Berg later flew to Berlin.

Tomas Nowak spoke with Maria Lund in Stockholm. Maria Lund praised Oslo.

Erik Holm stayed in Berlin.
'''


def cli_mode(exe, tests):
    corpus = os.path.join(tests, 'cases', 'corpus')
    with tempfile.TemporaryDirectory() as tmp:
        tiny = os.path.join(tmp, 'tiny.txt')
        with open(tiny, 'w', encoding='utf-8') as f:
            f.write(CORPUS)

        def graph(*args, inp=corpus):
            out = os.path.join(tmp, 'g.graphml')
            rc, o, err = run(exe, '-q', inp, '-o', out, *args)
            check(rc == 0, f'{args}: exit 0 ({err})')
            return read_graphml(out) if rc == 0 else ({}, [])

        # windows: counts only grow with the window; count weight = count
        sizes = {}
        for w in ('sentence', 'paragraph', 'document', '1', '5', '20'):
            nodes, edges = graph('--window', w, inp=tiny)
            sizes[w] = sum(d['count'] for _, _, d in edges)
            check(all(d['weight'] == d['count'] for _, _, d in edges),
                  f'--window {w}: count weight = count')
            check(all(d['documents'] == 1 for _, _, d in edges),
                  f'--window {w}: one document')
        check(sizes['sentence'] <= sizes['paragraph'] <= sizes['document'],
              f'window sizes nest {sizes}')
        check(sizes['1'] <= sizes['5'] <= sizes['20'],
              f'token windows grow {sizes}')
        names = {d['label'] for d in graph(inp=tiny)[0].values()}
        check({'Anna Berg', 'Tomas Nowak', 'Oslo'} <= names,
              f'tiny corpus entities {names}')
        # a dateline in capitals does not make the label
        dateline = os.path.join(tmp, 'dateline.txt')
        with open(dateline, 'w', encoding='utf-8') as f:
            f.write('NEW HAVEN (Wire) - Anna Berg met Tomas Nowak in '
                    'New Haven on Monday.\n')
        names = {d['label'] for d in
                 graph('--keep-isolates', inp=dateline)[0].values()}
        check('New Haven' in names and 'NEW HAVEN' not in names,
              f'dateline label {names}')

        # weights
        for scheme, lo, hi in (('jaccard', 0, 1), ('npmi', 0, 1),
                               ('association', 0, 1e9)):
            nodes, edges = graph('--weight', scheme)
            check(edges and all(lo < d['weight'] <= hi for _, _, d in edges),
                  f'--weight {scheme} in ({lo}, {hi}]')
        _, e_count = graph()
        _, e_min = graph('--min-weight', '2')
        check(len(e_min) == sum(1 for *_, d in e_count if d['weight'] >= 2),
              '--min-weight 2 keeps the edges of weight >= 2')
        _, e_bb = graph('--backbone', '0.3')
        check(0 < len(e_bb) < len(e_count), '--backbone 0.3 thins the graph')
        n_top, _ = graph('--top', '5')
        check(len(n_top) == 5, '--top 5 keeps 5 nodes')
        n_all, e_all = graph('--keep-isolates')
        n_iso, _ = graph('--drop-isolates')
        linked = {s for s, _, _ in e_all} | {t for _, t, _ in e_all}
        check(set(n_iso) == linked, '--drop-isolates keeps linked nodes')
        n_def, _ = graph()
        check(set(n_def) == linked, 'isolates are dropped by default')
        n_keep, _ = graph('--drop-isolates', '--keep-isolates')
        check(set(n_keep) == set(n_all), '--keep-isolates (last wins)')
        n_md, _ = graph('--min-documents', '2', '--keep-isolates')
        check(n_md and all(d['documents'] >= 2 for d in n_md.values()),
              '--min-documents 2')

        # --betweenness: small graphs are exact by default; approx says so
        # in the summary and the JSON graph attributes; off drops the
        # columns
        n_ex, _ = graph('--betweenness', 'exact')
        check(n_ex == n_def, '--betweenness exact = default on a small graph')
        n_off, _ = graph('--betweenness', 'off')
        check(all('betweenness' not in d and 'harmonic' not in d
                  for d in n_off.values()), '--betweenness off: no columns')
        # a synthetic corpus just above the exact limit (nodes x edges >
        # 2e6): auto samples, exact does not
        synth = os.path.join(tmp, 'synth.jsonl')
        subprocess.run([sys.executable,
                        os.path.join(tests, 'bench', 'gencorpus.py'),
                        '--docs', '300', '--entities', '2000', synth],
                       check=True)
        gj = os.path.join(tmp, 'g.json')
        for mode, approx in (('auto', True), ('approx', True),
                             ('exact', False)):
            rc, _, err = run(exe, synth, '-o', gj, '--betweenness', mode)
            with open(gj, encoding='utf-8') as f:
                attrs = json.load(f)['graph']
            if approx:
                check(rc == 0 and 'approximate' in err and
                      attrs.get('betweenness_approx') is True and
                      attrs.get('betweenness_sources', 0) > 0,
                      f'--betweenness {mode} recorded: {attrs} {err}')
            else:
                check(rc == 0 and 'approximate' not in err and attrs == {},
                      f'--betweenness {mode}: no note {attrs} {err}')
        # --window-cap 2: at most one pair per window, so no more edges
        _, e_cap = graph('--window-cap', '2', '--window', 'document')
        _, e_doc = graph('--window', 'document')
        check(len(e_cap) < len(e_doc), '--window-cap 2 pairs fewer')

        # ranking
        rc, o, _ = run(exe, '-q', corpus, '--rank', '3')
        lines = o.splitlines()
        check(rc == 0 and len(lines) == 4, f'--rank 3 prints 3 rows: {o}')
        check(lines and lines[0].split() == [
            'rank', 'label', 'type', 'pagerank', 'weighted_degree',
            'betweenness', 'community', 'mentions', 'documents'],
            f'text header {lines[:1]}')
        check(len({len(l) for l in lines}) == 1 or
              any(ord(c) > 127 for c in o), 'text rows aligned')
        rc, o, _ = run(exe, '-q', corpus, '--rank=0', '--rank-format', 'tsv')
        rows = [l.split('\t') for l in o.splitlines()]
        check(rc == 0 and rows[0] == [
            'rank', 'id', 'label', 'type', 'pagerank', 'weighted_degree',
            'betweenness', 'community', 'mentions', 'documents'],
            f'tsv header {rows[:1]}')
        check(all(len(r) == 10 for r in rows), 'tsv: 10 columns per row')
        pr = [float(r[4]) for r in rows[1:]]
        check(pr == sorted(pr, reverse=True), 'tsv sorted by pagerank')
        rc, o, _ = run(exe, '-q', corpus, '--rank=5', '--rank-format',
                       'json', '--rank-by', 'mentions')
        try:
            arr = json.loads(o)
        except ValueError:
            arr = None
        check(rc == 0 and isinstance(arr, list) and len(arr) == 5,
              f'json ranking: {o[:200]}')
        if arr:
            m = [r['mentions'] for r in arr]
            check(m == sorted(m, reverse=True), '--rank-by mentions')
            check([r['rank'] for r in arr] == [1, 2, 3, 4, 5], 'json ranks')
            check({'id', 'label', 'type', 'pagerank', 'weighted_degree',
                   'betweenness', 'community', 'mentions', 'documents'}
                  <= set(arr[0]), 'json keys')

        # summary on stderr, silenced by --quiet
        rc, _, err = run(exe, corpus, '-o', os.path.join(tmp, 'x.graphml'))
        for w in ('documents', 'sentences', 'mentions', 'entities', 'edges',
                  'communities', 'modularity', 'read', 'extract', 'build',
                  'metrics', 'export'):
            check(w in err, f'summary names {w}: {err}')
        rc, o, err = run(exe, '-q', corpus, '-o', os.path.join(tmp, 'x.dot'))
        check(rc == 0 and err == '' and o == '', '--quiet is quiet')

        # determinism
        for extra in ([], ['--community', 'leiden', '--seed', '7'],
                      ['--window', '10', '--weight', 'npmi']):
            outs = []
            for i in range(2):
                out = os.path.join(tmp, f'd{i}.graphml')
                run(exe, '-q', corpus, '-o', out, *extra)
                outs.append(open(out, 'rb').read())
            check(outs[0] == outs[1], f'{extra}: two runs byte-identical')

        # usage errors
        for args, word in ((['--weight', 'pmi'], '--weight'),
                           (['--window', '0'], '--window'),
                           (['--backbone', '2'], '--backbone'),
                           (['--backbone', '0'], '--backbone'),
                           (['--min-weight', '-1'], '--min-weight'),
                           (['--top', 'x'], '--top'),
                           (['--rank-by', 'fame'], '--rank-by'),
                           (['--rank-format', 'xml'], '--rank-format'),
                           (['--betweenness', 'fast'], '--betweenness'),
                           (['--window-cap', '1'], '--window-cap')):
            rc, _, err = run(exe, corpus, *args)
            check(rc == 1 and word in err, f'{args}: usage error ({err})')
    return 0


def main():
    mode, exe, graph_dump, tests = sys.argv[1:5]
    if mode == 'networkx':
        rc = networkx_mode(exe, graph_dump, tests)
    elif mode == 'cli':
        rc = cli_mode(exe, tests)
    else:
        print(__doc__)
        return 2
    if rc == SKIP:
        return SKIP
    print(f'{len(failures)} failed checks')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
