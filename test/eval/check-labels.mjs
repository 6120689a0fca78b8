// Verifies labels.jsonl against the corpus and prints counts. Plain Node, no dependencies.
// Usage: node test/eval/check-labels.mjs [labels.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LABELS = process.argv[2] || path.join(here, 'labels.jsonl');
const ART = '/work/shared/corpus/articles';
const INDEX = '/work/shared/corpus/INDEX.tsv';
// allowed ids = ids of the project's glossary (data/glossary.json) plus null (negative spans); "citation" is no longer allowed
const GLOSSARY = process.env.GLOSSARY || path.join(here, '..', '..', 'data', 'glossary.json');
const TRAPS = new Set([...Array.from({ length: 23 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`), 'other']);

const gl = JSON.parse(fs.readFileSync(GLOSSARY, 'utf8'));
const ids = new Set((Array.isArray(gl) ? gl : gl.entries).map((e) => e.id));
const group = Object.fromEntries(
  fs
    .readFileSync(INDEX, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map((c) => [c[0], c[1]]),
);

const errors = [];
const seenFiles = new Set();
const byGroup = {};
const byId = {};
const byTrap = {};
let pos = 0,
  neg = 0;
const lines = fs
  .readFileSync(LABELS, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
lines.forEach((line, ln) => {
  let rec;
  try {
    rec = JSON.parse(line);
  } catch (_e) {
    errors.push(`line ${ln + 1}: bad JSON`);
    return;
  }
  const f = rec.file;
  if (!f || !Array.isArray(rec.spans)) {
    errors.push(`line ${ln + 1}: needs file and spans[]`);
    return;
  }
  if (seenFiles.has(f)) errors.push(`${f}: listed twice`);
  seenFiles.add(f);
  if (!(f in group)) errors.push(`${f}: not in corpus INDEX`);
  const p = path.join(ART, f);
  if (!fs.existsSync(p)) {
    errors.push(`${f}: file missing`);
    return;
  }
  const text = fs.readFileSync(p, 'utf8');
  byGroup[group[f]] = (byGroup[group[f]] || 0) + 1;
  let prevEnd = -1,
    prevStart = -1;
  for (const s of rec.spans) {
    const where = `${f}@${s.start}`;
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end > text.length ||
      s.start >= s.end
    ) {
      errors.push(`${where}: bad offsets ${s.start}-${s.end}`);
      continue;
    }
    if (text.slice(s.start, s.end) !== s.text)
      errors.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`);
    if (s.start < prevStart) errors.push(`${where}: spans not sorted`);
    if (s.start < prevEnd) errors.push(`${where}: overlaps previous span`);
    prevEnd = Math.max(prevEnd, s.end);
    prevStart = s.start;
    if (s.text !== s.text.trim()) errors.push(`${where}: span has surrounding whitespace`);
    if (s.id === null) {
      neg++;
      if (!TRAPS.has(s.trap)) errors.push(`${where}: negative span needs trap T01..T23|other, got ${s.trap}`);
      if (s.trap === 'other' && !s.note) errors.push(`${where}: trap "other" needs a note`);
      byTrap[s.trap] = (byTrap[s.trap] || 0) + 1;
    } else {
      pos++;
      if (!ids.has(s.id)) errors.push(`${where}: unknown id ${s.id}`);
      if ('trap' in s) errors.push(`${where}: positive span must not carry trap`);
      byId[s.id] = (byId[s.id] || 0) + 1;
    }
  }
});
const sortDesc = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`files: ${seenFiles.size}  by group: ${JSON.stringify(byGroup)}`);
console.log(
  `spans: ${pos + neg}  positive: ${pos}  negative: ${neg}  distinct positive ids: ${Object.keys(byId).length}`,
);
console.log('positive spans by id:');
for (const [k, v] of sortDesc(byId)) console.log(`  ${String(v).padStart(4)}  ${k}`);
console.log('negative spans by trap:');
for (const [k, v] of sortDesc(byTrap)) console.log(`  ${String(v).padStart(4)}  ${k}`);
if (errors.length) {
  console.log(`\n${errors.length} ERROR(S):`);
  for (const e of errors) console.log(`  ${e}`);
  process.exit(1);
}
console.log('\nOK: all spans match the file text, no overlaps, ids valid.');
