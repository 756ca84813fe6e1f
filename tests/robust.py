#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Robustness tests of the entgraph program (issue 8; run by meson test).

usage: robust.py MODE ENTGRAPH TESTS_DIR

MODE is one of:
  input        bad input: unreadable files, empty and binary files, invalid
               UTF-8, a 20 MB line, a run-on sentence naming thousands of
               entities, JSONL, alias and stoplist errors
  output       bad output: unknown options and extensions, missing
               directories, -o DIR, /dev/full, --mentions; a good output
               file survives every failed run
  determinism  the same bytes for any order of input files, any -j and
               every run
  mutate       a few hundred randomly mutated pages (fixed seed) all exit 0
               without a sanitizer report (run it in a sanitizer build)

Every run of the program is also checked for crashes and sanitizer reports.
Set EG_WRAP (e.g. "valgrind -q --error-exitcode=99") to wrap the program.
"""
import json
import os
import random
import resource
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

from testlib import check, failures

# time limits stretch under a wrapper such as valgrind (about 30x slower)
SLOW = 30 if os.environ.get('EG_WRAP') else 1
SANITIZER_WORDS = ('runtime error:', 'AddressSanitizer', 'LeakSanitizer',
                   'UndefinedBehaviorSanitizer', 'Segmentation fault')


def run(exe, *args, stdin=None, cwd=None, timeout=300 * SLOW,
        preexec_fn=None):
    wrap = shlex.split(os.environ.get('EG_WRAP', ''))
    t0 = time.monotonic()
    p = subprocess.run(wrap + [os.path.abspath(exe), *args], input=stdin,
                       capture_output=True, cwd=cwd, timeout=timeout,
                       preexec_fn=preexec_fn)
    dt = time.monotonic() - t0
    err = p.stderr.decode('utf-8', 'replace')
    short = ' '.join(a if len(a) < 80 else a[:77] + '...' for a in args)
    check(p.returncode >= 0 and p.returncode < 128,
          f'{short}: killed by a signal ({p.returncode})')
    check(p.returncode != 99 and
          not any(w in err for w in SANITIZER_WORDS),
          f'{short}: sanitizer or valgrind report:\n{err[-3000:]}')
    run.last_time = dt
    return p.returncode, p.stdout.decode('utf-8', 'replace'), err


def expect(exe, args, want_rc, words, **kw):
    rc, out, err = run(exe, *args, **kw)
    check(rc == want_rc, f'{args}: exit {rc}, want {want_rc} ({err})')
    for w in words:
        check(w in err, f'{args}: message {err!r} names {w!r}')
    return rc, out, err


def graphml_nodes(path):
    """Parses a GraphML file (fails the test when it is not valid XML) and
    returns the number of nodes and edges."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        check(False, f'{path}: not well-formed XML: {e}')
        return -1, -1
    ns = '{http://graphml.graphdrawing.org/xmlns}'
    g = root.find(ns + 'graph')
    return len(g.findall(ns + 'node')), len(g.findall(ns + 'edge'))


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)
    return path


def bad_input(exe, tests):
    edir = os.path.join(tests, 'errors')
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'out.graphml')
        ok_txt = write(os.path.join(tmp, 'ok.txt'),
                       b'Anna Berg met Tomas Nowak in Oslo.\n')

        # unreadable: /proc/self/mem opens but every read fails (EIO), even
        # for root; a chmod 000 file only stops other users
        if os.path.exists('/proc/self/mem'):
            expect(exe, ['/proc/self/mem', '-o', out], 2,
                   ['/proc/self/mem', 'read error'])
        locked = write(os.path.join(tmp, 'locked.txt'), b'Anna Berg.\n')
        os.chmod(locked, 0)
        if os.geteuid() != 0:
            expect(exe, [locked, '-o', out], 2, ['locked.txt', 'cannot open'])
        else:
            print('skip: chmod 000 does not stop root (covered by '
                  '/proc/self/mem above)')
        os.chmod(locked, 0o644)

        # a directory without text files, and an empty one
        d = os.path.join(tmp, 'notext')
        os.makedirs(os.path.join(d, 'sub'))
        write(os.path.join(d, 'sub', 'image.png'), b'\x89PNG\r\n')
        write(os.path.join(d, '.hidden.txt'), b'Anna Berg.\n')
        expect(exe, [d, '-o', out], 2, ['notext', 'no text files'])
        os.makedirs(os.path.join(tmp, 'void'))
        expect(exe, [os.path.join(tmp, 'void'), '-o', out], 2, ['void'])
        check(not os.path.exists(out), 'no output after an input error')

        # an empty file: a valid empty graph in every format
        empty = write(os.path.join(tmp, 'empty.txt'), b'')
        ment = os.path.join(tmp, 'empty.mentions.jsonl')
        expect(exe, ['-q', empty, '-o', out, '-o',
                     os.path.join(tmp, 'empty.dot'), '--mentions', ment], 0, [])
        check(graphml_nodes(out) == (0, 0), 'empty file: empty GraphML')
        check(open(ment, 'rb').read() == b'', 'empty file: no mentions')
        check(open(os.path.join(tmp, 'empty.dot')).read().startswith('graph'),
              'empty file: DOT')
        empty_jsonl = write(os.path.join(tmp, 'empty.jsonl'), b'\n \n')
        expect(exe, ['-q', empty_jsonl, '-o', out], 0, [])
        check(graphml_nodes(out) == (0, 0), 'blank JSONL: empty GraphML')

        # binary files are skipped with a warning naming them, named on the
        # command line or found in a directory; the rest is read
        binary = os.path.join(edir, 'binary.txt')
        expect(exe, [binary, ok_txt, '-o', out], 0,
               ['binary.txt', 'binary', 'skipped'])
        check(graphml_nodes(out)[0] >= 2, 'text beside a binary file is read')

        # invalid UTF-8: repaired byte for byte, a warning with the count,
        # offsets still those of the file
        bad = b'Anna Berg \xff\xfe met \xc3 Tomas Nowak \xed\xa0\x80 in Oslo.\n'
        inv = write(os.path.join(tmp, 'invalid.txt'), bad)
        rc, _, err = expect(exe, [inv, '-o', out, '--mentions', ment,
                                  '--keep-isolates'], 0,
                            ['invalid.txt', '6 invalid UTF-8 bytes'])
        check(graphml_nodes(out)[0] == 3, 'invalid UTF-8: three entities')
        import json
        for line in open(ment, encoding='utf-8'):
            m = json.loads(line)
            check(bad[m['start']:m['end']].decode() == m['text'],
                  f'invalid UTF-8: offsets match the file: {m}')

        # a 20 MB line without punctuation: quick, and memory stays a small
        # multiple of the input
        big = os.path.join(tmp, 'big.txt')
        words = b'alpha beta gamma delta river stone '
        with open(big, 'wb') as f:
            f.write(words * (20 * 1024 * 1024 // len(words)))
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        expect(exe, ['-q', big, '-o', out], 0, [], timeout=120 * SLOW)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f'20 MB line: {run.last_time:.2f} s, max RSS {rss // 1024} MB')
        check(run.last_time < 60 * SLOW,
              f'20 MB line took {run.last_time:.1f} s')
        check(rss < 1024 * 1024 or rss == before,
              f'20 MB line: max RSS {rss // 1024} MB')
        os.unlink(big)

        # a run-on sentence naming 5000 people: at most --window-cap (200)
        # of them are paired, with a warning
        given = ['Anna', 'Boris', 'Carl', 'Dana', 'Emil', 'Fiona', 'Gustav',
                 'Hanna', 'Ivan', 'Jonas']
        sur = ['Berg', 'Nowak', 'Lund', 'Holm', 'Dahl']
        names = [f'{given[i % 10]} {sur[i // 10 % 5]}{"a" * (i // 50)}'
                 for i in range(5000)]
        runon = write(os.path.join(tmp, 'runon.txt'),
                      ('The guests were ' + ', '.join(names) +
                       ' and nobody else\n').encode())
        rc, _, err = expect(exe, [runon, '-o', out], 0,
                            ['--window-cap'], timeout=120 * SLOW)
        print(f'run-on sentence of 5000 names: {run.last_time:.2f} s')
        n, e = graphml_nodes(out)
        # (spelling variants may merge, so fewer than 200 * 199 / 2)
        check(0 < e <= 200 * 199 // 2,
              f'run-on sentence: {e} edges, want at most 19900')
        check(run.last_time < 60 * SLOW,
              f'run-on took {run.last_time:.1f} s')

        # JSONL: file and line of the first bad line; --skip-bad-lines
        bad_jsonl = os.path.join(edir, 'bad.jsonl')
        expect(exe, [bad_jsonl, '-o', out], 2, ['bad.jsonl:2', 'malformed'])
        expect(exe, [os.path.join(edir, 'notext.jsonl'), '-o', out], 2,
               ['notext.jsonl:1', '"text"'])
        # a bad line far in: the workers are busy with an earlier batch
        # (two batches of 64 in flight with -j2 and more) and must be
        # joined before the error is reported; nothing is written
        late = os.path.join(tmp, 'late.jsonl')
        good = ''.join(json.dumps({'id': f'd{i}', 'text':
                                   f'Anna Berg met Tomas Nowak in Oslo {i}.'})
                       + '\n' for i in range(700))
        write(late, (good + '{"id": "bad", "text": "cut\n' + good)
              .encode())
        late_out = os.path.join(tmp, 'late.graphml')
        for j in ('-j1', '-j2', '-j3'):
            expect(exe, [j, late, '-o', late_out], 2,
                   ['late.jsonl:701', 'malformed'])
            check(not os.path.exists(late_out),
                  f'{j}: a failed run left {late_out}')
        shapes = write(os.path.join(tmp, 'shapes.jsonl'),
                       b'{"id": "a", "text": "Anna Berg met Tomas Nowak."}\n'
                       b'\n[1, 2]\n{"id": "c", "text": 5}\n'
                       b'{"id": "d", "text": "Bad \xff byte"}\n')
        expect(exe, [shapes, '-o', out], 2, ['shapes.jsonl:3', 'object'])
        rc, _, err = expect(exe, ['--skip-bad-lines', shapes, '-o', out], 0,
                            ['shapes.jsonl:3', 'shapes.jsonl:4',
                             'shapes.jsonl:5', 'skipped'])
        check(graphml_nodes(out)[0] == 2, '--skip-bad-lines keeps good lines')
        rc, _, err = expect(exe, ['-q', '--skip-bad-lines', shapes, '-o', out],
                            0, [])
        check(err == '', f'-q silences the skipped-line warnings ({err!r})')
        expect(exe, ['-', '-o', out], 2, ['<stdin>:2'],
               stdin=b'{"text": "Anna Berg."}\n{"text": \n')

        # --alias and --stoplist files
        def alias(name, data):
            return write(os.path.join(tmp, name), data)
        cases = [
            (alias('a1.json', b'{"Putin": "Vladimir Putin",'), ['a1.json:1']),
            (alias('a2.json', b'["Putin", "Vladimir Putin"]'),
             ['a2.json', 'expected a JSON object']),
            (alias('a3.json', b'{"Putin": 5}'), ['a3.json', '"Putin"']),
            (alias('a4.json', b'{"Putin": {"name": "V P", "type": "x"}}'),
             ['a4.json', 'unknown type']),
            (alias('a5.json', b'{"Putin": ""}'), ['a5.json']),
            (alias('a6.json', b'\xff\xfe'), ['a6.json']),
            (alias('a7.json', b''), ['a7.json']),
            (os.path.join(tmp, 'missing.json'), ['missing.json']),
        ]
        for path, words in cases:
            expect(exe, [ok_txt, '--alias', path, '-o', out], 2, words)
        good_alias = alias('good.json', b'{"Berg": {"name": "Anna Berg", '
                           b'"type": "person"}}')
        expect(exe, ['-q', ok_txt, '--alias', good_alias, '-o', out], 0, [])
        expect(exe, [ok_txt, '--stoplist', os.path.join(tmp, 'nostop.txt'),
                     '-o', out], 2, ['nostop.txt'])
        stop_bad = write(os.path.join(tmp, 'stop.txt'), b'Oslo\n\xff\n')
        expect(exe, [ok_txt, '--stoplist', stop_bad, '-o', out], 2,
               ['stop.txt', 'UTF-8'])
        stop = write(os.path.join(tmp, 'stop2.txt'), b'# comment\nOslo\r\n')
        expect(exe, ['-q', ok_txt, '--stoplist', stop, '-o', out], 0, [])
        check(graphml_nodes(out)[0] == 2, 'the stoplist removes Oslo')
        check(not [n for n in os.listdir(tmp) if '.tmp-' in n],
              'no temporary files left behind')


def bad_output(exe, tests):
    corpus = os.path.join(tests, 'cases', 'corpus')
    with tempfile.TemporaryDirectory() as tmp:
        good = os.path.join(tmp, 'good.graphml')
        rc, _, _ = run(exe, '-q', corpus, '-o', good)
        check(rc == 0, 'good run')
        before = open(good, 'rb').read()
        os.mkdir(os.path.join(tmp, 'dir.graphml'))
        cases = [
            ([corpus, '-o', os.path.join(tmp, 'x.svg')], 1,
             ['x.svg', '--format', "Try 'entgraph --help'"]),
            ([corpus, '--no-such-option'], 1,
             ['--no-such-option', "Try 'entgraph --help'"]),
            ([corpus, '-x'], 1, ['-x']),
            ([corpus, '-o'], 1, ['missing argument']),
            ([corpus, '--rank=many'], 1, ['--rank']),
            ([corpus, '--min-mentions', '1e3'], 1, ['--min-mentions']),
            ([corpus, '--resolution', 'nan'], 1, ['--resolution']),
            ([corpus, '-o', os.path.join(tmp, 'no', 'dir', 'x.graphml')], 3,
             ['no/dir/x.graphml']),
            ([corpus, '-o', os.path.join(tmp, 'dir.graphml')], 3,
             ['dir.graphml', 'directory']),
            ([corpus, '--mentions', os.path.join(tmp, 'no', 'm.jsonl')], 3,
             ['no/m.jsonl']),
        ]
        if os.access('/dev/full', os.W_OK):
            cases += [
                ([corpus, '--format', 'graphml', '-o', '/dev/full'], 3,
                 ['/dev/full', 'No space left']),
                ([corpus, '--format', 'dot', '-o', '/dev/full'], 3,
                 ['/dev/full', 'No space left']),
                ([corpus, '--mentions', '/dev/full'], 3,
                 ['/dev/full', 'No space left']),
                ([corpus, '--rank', '-o', good], 0, []),
            ]
        if os.geteuid() != 0:
            ro = os.path.join(tmp, 'ro')
            os.mkdir(ro, 0o555)
            cases.append(([corpus, '-o', os.path.join(ro, 'x.graphml')], 3,
                          ['ro/x.graphml', 'Permission denied']))
        else:
            print('skip: read-only directory (root writes anyway)')
        for args, want_rc, words in cases:
            # the good file stays, whatever fails later in the run
            expect(exe, ['-q', *args, '-o', good] if want_rc == 3 else args,
                   want_rc, words)
            if want_rc:
                check(open(good, 'rb').read() == before,
                      f'{args}: {good} left untouched')
        # a file size limit (ulimit -f) below the output's size: a clear
        # error, not a kill by SIGXFSZ that leaves the temporary file
        def small_files():
            resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        expect(exe, ['-q', corpus, '-o', good], 3,
               ['good.graphml', 'File too large'], preexec_fn=small_files)
        check(open(good, 'rb').read() == before,
              f'file size limit: {good} left untouched')
        check(not [n for n in os.listdir(tmp) if '.tmp-' in n],
              'no temporary files left behind')
        interrupted(exe, corpus, tmp)


def interrupted(exe, corpus, tmp):
    """Ctrl-C or kill while an output is being written: the temporary file
    goes, the old output stays. The CSV writer creates PREFIX.nodes.csv's
    temporary file, then opens PREFIX.edges.csv; a FIFO there blocks that
    open until someone reads it, so the signal surely comes while the
    temporary file exists."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        d = os.path.join(tmp, f'sig{int(sig)}')
        os.mkdir(d)
        nodes = os.path.join(d, 'g.nodes.csv')
        write(nodes, b'old nodes\n')
        os.mkfifo(os.path.join(d, 'g.edges.csv'))
        p = subprocess.Popen([exe, '-q', corpus, '-o',
                              os.path.join(d, 'g.csv')],
                             stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120 * SLOW
        temps = []
        while not temps and p.poll() is None and \
                time.monotonic() < deadline:
            time.sleep(0.01)
            temps = [n for n in os.listdir(d) if '.tmp-' in n]
        check(temps, f'{sig.name}: a temporary file while blocked')
        p.send_signal(sig)
        try:
            p.wait(timeout=60 * SLOW)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        p.stderr.close()
        check(p.returncode == -sig,
              f'{sig.name}: ended by the signal (rc {p.returncode})')
        left = [n for n in os.listdir(d) if '.tmp-' in n]
        check(not left, f'{sig.name}: no temporary file left ({left})')
        check(open(nodes, 'rb').read() == b'old nodes\n',
              f'{sig.name}: the old output is untouched')


def determinism(exe, tests):
    corpus = os.path.join(tests, 'cases', 'corpus')
    files = sorted(os.path.join('cases', 'corpus', n)
                   for n in os.listdir(corpus))
    orders = [files, files[::-1], files[1:] + files[:1]]
    jobs = ['1', '2', '4', '3', '1', '8']
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for k, order in enumerate(orders * 2):
            d = os.path.join(tmp, str(k))
            os.mkdir(d)
            rc, rank, err = run(exe, '-q', '-j', jobs[k], *order,
                                '-o', f'{d}/g.graphml',
                                '-o', f'{d}/g.dot', '--mentions',
                                f'{d}/m.jsonl', '--rank=0', cwd=tests)
            check(rc == 0, f'{order}: exit {rc} ({err})')
            results.append((rank, *(open(os.path.join(d, n), 'rb').read()
                                    for n in ('g.graphml', 'g.dot',
                                              'm.jsonl'))))
        for k in range(1, len(results)):
            check(results[k] == results[0],
                  f'order {orders[k % 3]} with -j {jobs[k]} (run {k}) gives '
                  'the same outputs')
        # a directory and its files listed one by one read the same
        rc, rank, _ = run(exe, '-q', os.path.join('cases', 'corpus'),
                          '--rank=0', cwd=tests)
        check(rc == 0 and rank == results[0][0],
              'a directory reads like its files listed')
        # many documents of different lengths: several batches, each
        # shared among the threads as they come free, still add up in
        # document order
        big = os.path.join(tmp, 'big.jsonl')
        subprocess.run([sys.executable,
                        os.path.join(tests, 'bench', 'gencorpus.py'),
                        '--docs', '300', '--entities', '400', big],
                       check=True)
        outs = []
        for j in ('1', '2', '4'):
            rc, rank, err = run(exe, '-q', '-j', j, big, '-o',
                                f'{tmp}/big{j}.graphml', '--mentions',
                                f'{tmp}/big{j}.jsonl', '--rank=0')
            check(rc == 0, f'generated corpus with -j {j}: exit {rc} ({err})')
            outs.append((rank, *(open(f'{tmp}/big{j}.{x}', 'rb').read()
                                 for x in ('graphml', 'jsonl'))))
        check(outs[1] == outs[0] and outs[2] == outs[0],
              'a generated corpus of 300 documents gives the same outputs '
              'with -j 1, 2 and 4')


SEED_PAGE = '''\
Home | World | Business | Sport | Share on Facebook | Tweet

Harbour deal signed in Velmora after night of talks

By Staff Reporter, 14 March 2025

HALVIK (Reuters) - Velmora's Minister of Transport, Dr. Irena Kovac, and
the chief executive of Nordhavn Shipping AB, Jonas Lindqvist, signed the
harbour agreement in Halvik on Friday, the ministry said.

"This is a good day for the port," Kovac told reporters. Mr. Lindqvist
said the company would hire 400 workers. The European Union and the World
Bank (WB) welcomed the deal; U.S. officials in Geneva declined to comment.

Gen. Ahmed al-Rashid, who led the talks for the Aresta Coast Guard, met
Kovac's deputy, Marta Sørensen, and Zoë Müller of the Halvik Port
Authority at 3.30 p.m. Sørensen later flew to São Paulo.

Related: Solhaven bank fined | Copyright 2025 Example News Ltd.
'''


def mutate_page(rng, page):
    data = bytearray(page)
    fragments = [b'\x00', b'\xff', b'\xc3', b'\xe2\x80', b'\xf0\x9f\x98',
                 b'\xed\xa0\x80', b'\r', b'\n\n', b'.', b'"', b'\xe2\x80\x9d',
                 b' Mr. ', b' U.S. ', b' of the ', b'(', b')', b"'s",
                 b'\xc2\xa0', b'\t', b' AND ', b'Anna Berg', b'ACME']
    for _ in range(rng.randint(1, 40)):
        op = rng.randrange(6)
        pos = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif op == 1:
            data[pos:pos] = rng.choice(fragments)
        elif op == 2:
            del data[pos:pos + rng.randint(1, 64)]
        elif op == 3:
            chunk = data[pos:pos + rng.randint(1, 200)]
            data[rng.randrange(len(data) + 1):0] = chunk * rng.randint(1, 20)
        elif op == 4:
            data[pos:pos + 40] = data[pos:pos + 40].upper()
        else:
            data[pos:pos] = bytes(rng.randrange(256)
                                  for _ in range(rng.randint(1, 16)))
    return bytes(data)


def mutate(exe, tests, n_pages=300, per_run=15):
    rng = random.Random(20250314)
    seed = SEED_PAGE.encode()
    with tempfile.TemporaryDirectory() as tmp:
        windows = ['sentence', 'paragraph', 'document']
        for batch in range(n_pages // per_run):
            d = os.path.join(tmp, f'b{batch}')
            os.mkdir(d)
            for k in range(per_run):
                # pages with NUL bytes near the start are skipped as binary
                write(os.path.join(d, f'p{k:02d}.txt'), mutate_page(rng, seed))
            rc, _, err = run(exe, '-q', '-j', str(1 + batch % 3), d,
                             '--window',
                             windows[batch % 3], '-o',
                             os.path.join(tmp, 'm.graphml'), '-o',
                             os.path.join(tmp, 'm.dot'), '--mentions',
                             os.path.join(tmp, 'm.jsonl'), '--rank=5')
            check(rc == 0, f'mutated pages batch {batch}: exit {rc} ({err})')
            if rc != 0 or failures:
                keep = os.path.join(os.getcwd(), f'mutate-failure-{batch}')
                os.rename(d, keep)
                print(f'kept the failing pages in {keep}', file=sys.stderr)
                break
            graphml_nodes(os.path.join(tmp, 'm.graphml'))
        print(f'{n_pages} mutated pages in {n_pages // per_run} runs')


def main():
    mode, exe, tests = sys.argv[1:4]
    modes = {'input': bad_input, 'output': bad_output,
             'determinism': determinism, 'mutate': mutate}
    if mode not in modes:
        print(__doc__)
        return 2
    modes[mode](exe, tests)
    print(f'{len(failures)} failed checks')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
