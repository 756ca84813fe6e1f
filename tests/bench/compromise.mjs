// SPDX-License-Identifier: GPL-2.0-or-later
// Times the compromise NLP library (people, organisations, places) on a
// directory of text files: the reference point of the README's
// performance comparison. Not part of the build or the tests.
//
//   mkdir /tmp/c && cd /tmp/c && npm install compromise@14
//   node /path/to/entgraph/tests/bench/compromise.mjs DIR
//
// (run it from the directory where compromise is installed, or set
// NODE_PATH to its node_modules)
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';

const require = createRequire(path.join(process.cwd(), 'x.js'));
const nlp = require('compromise');
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node compromise.mjs DIR');
  process.exit(2);
}
const files = fs.readdirSync(dir).sort();
let bytes = 0, ents = 0;
const t0 = process.hrtime.bigint();
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  ents += doc.people().out('array').length +
          doc.organizations().out('array').length +
          doc.places().out('array').length;
}
const dt = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`compromise: ${files.length} documents, ${(bytes / 1e6).toFixed(2)} MB ` +
            `in ${dt.toFixed(1)} s = ${(bytes / 1e6 / dt).toFixed(3)} MB/s, ` +
            `${ents} entity mentions`);
