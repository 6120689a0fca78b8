import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { indexDocuments } from '../src/glossary/document-registry.ts';
import { testRegistry } from './test-registry.ts';
import { validateData, validateGlossary } from './validate-glossary.ts';

const here = dirname(fileURLToPath(import.meta.url));
const real = JSON.parse(readFileSync(resolve(here, '../data/glossary.json'), 'utf8'));
const realDocuments = JSON.parse(readFileSync(resolve(here, '../data/documents.json'), 'utf8'));

const registry = indexDocuments(testRegistry);

function entry(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    term: `thuật ngữ ${id}`,
    category: 'procedure',
    forms: [`cụm từ ${id}`],
    gloss: { vi: 'chú giải', en: 'gloss' },
    explanation: { vi: 'Giải thích ngắn.', en: 'Short explanation.' },
    legal: [],
    related: [],
    confidence: 'high',
    sources: ['https://vbpl.vn/nguon'],
    ...extra,
  };
}
const file = (...entries: unknown[]) => ({ entries });
const has = (problems: string[], ...needles: string[]) => problems.some((p) => needles.every((n) => p.includes(n)));

test('the real glossary and registry are valid, with at least 155 entries', () => {
  const problems = validateData(real, realDocuments);
  assert.deepEqual(problems, []);
  assert.ok(real.entries.length >= 155);
});

test('the real glossary keeps the 119 researched ids', () => {
  const facts = JSON.parse(readFileSync('/work/shared/reference/glossary-facts.json', 'utf8')) as Array<{ id: string }>;
  const ids = new Set(real.entries.map((e: { id: string }) => e.id));
  for (const f of facts) assert.ok(ids.has(f.id), f.id);
});

test('a minimal valid file passes', () => {
  assert.deepEqual(validateGlossary(file(entry('a-b'), entry('c-d', { related: ['a-b'] })), registry), []);
});

test('duplicate ids are reported', () => {
  const p = validateGlossary(file(entry('a-b'), { ...entry('a-b'), forms: ['cụm khác hẳn'] }), registry);
  assert.ok(has(p, 'a-b', 'duplicate id'), p.join('\n'));
});

test('dangling related ids, legal documents and basis documents are reported', () => {
  const p = validateGlossary(
    file(
      entry('a-b', {
        related: ['khong-co'],
        legal: [{ document: 'mat-tich' }],
        timeline: [{ vi: 'Luôn luôn.', basis: ['cung-khong-co'] }],
      }),
    ),
    registry,
  );
  assert.ok(has(p, 'a-b', 'related id "khong-co"'), p.join('\n'));
  assert.ok(has(p, 'a-b', 'legal[0].document "mat-tich"'), p.join('\n'));
  assert.ok(has(p, 'a-b', 'basis "cung-khong-co"'), p.join('\n'));
});

test('a surface form shared by two entries is reported, after normalisation', () => {
  const p = validateGlossary(
    file(entry('a-b', { forms: ['Cơ chế một cửa'] }), entry('c-d', { forms: ['cơ  chế “một” cửa'] })),
    registry,
  );
  assert.ok(has(p, 'a-b', 'c-d', 'shared'), p.join('\n'));
});

test('a shared form is allowed when one side carries context rules', () => {
  const p = validateGlossary(
    file(
      entry('a-b', { forms: ['mức độ 3'] }),
      entry('c-d', { forms: [{ text: 'mức độ 3', requireNear: { any: ['trực tuyến'] } }] }),
    ),
    registry,
  );
  assert.deepEqual(p, []);
});

test('abbreviations and forms share one namespace for the shared-form check', () => {
  const p = validateGlossary(
    file(entry('a-b', { abbreviations: ['BHXH'] }), entry('c-d', { abbreviations: ['BHXH'] })),
    registry,
  );
  assert.ok(has(p, 'a-b', 'c-d', 'bhxh'), p.join('\n'));
});

test('bad dates are reported', () => {
  const p = validateGlossary(file(entry('a-b', { timeline: [{ from: '2025-7-1', vi: 'Sai định dạng.' }] })), registry);
  assert.ok(has(p, 'a-b', '/timeline/0/from'), p.join('\n'));
});

test('a period whose from is not before until is reported', () => {
  const p = validateGlossary(
    file(
      entry('a-b', {
        timeline: [
          { until: '2025-07-01', vi: 'Trước.' },
          { from: '2025-07-01', until: '2022-08-15', vi: 'Ngược.' },
          { from: '2022-08-15', vi: 'Sau.' },
        ],
      }),
    ),
    registry,
  );
  assert.ok(has(p, 'a-b', 'not before'), p.join('\n'));
});

test('single-syllable forms without context are reported; abbreviations are fine', () => {
  const p = validateGlossary(file(entry('a-b', { forms: ['hồ'] })), registry);
  assert.ok(has(p, 'a-b', 'single syllable'), p.join('\n'));
  assert.deepEqual(validateGlossary(file(entry('c-d', { forms: [], abbreviations: ['UBND'] })), registry), []);
});

test('documents and citation codes must be unique across entries, and documents in the registry', () => {
  const p = validateGlossary(
    file(
      entry('a-b', { documents: ['1-2010-nd-cp'], citationCodes: ['NĐ-CP'] }),
      entry('c-d', { documents: ['1-2010-nd-cp', 'khong-co'], citationCodes: ['NĐ-CP'] }),
    ),
    registry,
  );
  assert.ok(has(p, 'c-d', '1-2010-nd-cp', 'a-b'), p.join('\n'));
  assert.ok(has(p, 'c-d', 'NĐ-CP', 'citation code'));
  assert.ok(has(p, 'c-d', '"khong-co" is not in the registry'));
});

test('schema errors name the entry id (bad enum, bad document id, unknown field)', () => {
  const p = validateGlossary(
    file(entry('a-b', { category: 'misc', documents: ['61/2018/ND CP'], colour: 'red' })),
    registry,
  );
  assert.ok(has(p, 'a-b', 'category'), p.join('\n'));
  assert.ok(has(p, 'a-b', '/documents/0'));
  assert.ok(has(p, 'a-b', 'colour'));
});

test('a timeline must cover 2005 to today without a gap or an overlap', () => {
  const late = validateGlossary(file(entry('a-b', { timeline: [{ from: '2010-01-01', vi: 'Từ 2010.' }] })), registry);
  assert.ok(has(late, 'a-b', 'timeline starts 2010-01-01'), late.join('\n'));
  const gap = validateGlossary(
    file(
      entry('a-b', {
        timeline: [
          { until: '2010-01-01', vi: 'Trước.' },
          { from: '2011-01-01', vi: 'Sau.' },
        ],
      }),
    ),
    registry,
  );
  assert.ok(has(gap, 'a-b', 'timeline[0] ends 2010-01-01 but timeline[1] starts 2011-01-01'), gap.join('\n'));
  const ends = validateGlossary(file(entry('a-b', { timeline: [{ until: '2020-01-01', vi: 'Hết.' }] })), registry);
  assert.ok(has(ends, 'a-b', 'must reach today'), ends.join('\n'));
});

test('a period may not lean on a document before it took effect or after it ended', () => {
  const p = validateGlossary(
    file(
      entry('a-b', {
        timeline: [
          { until: '2012-01-01', vi: 'Trước.', basis: ['1-2010-nd-cp'] },
          { from: '2012-01-01', vi: 'Sau.', basis: ['1-2010-nd-cp'] },
        ],
      }),
    ),
    registry,
  );
  assert.ok(has(p, 'a-b', 'timeline[0]', 'in force only from 2010-01-01'), p.join('\n'));
  assert.ok(has(p, 'a-b', 'timeline[1]', 'which ended 2020-01-01'), p.join('\n'));
  const right = validateGlossary(
    file(
      entry('a-b', {
        timeline: [
          { until: '2010-01-01', vi: 'Chưa có.', basis: [] },
          { from: '2010-01-01', until: '2020-01-01', vi: 'Theo 1/2010.', basis: ['1-2010-nd-cp'] },
          { from: '2020-01-01', vi: 'Theo 2/2019.', basis: ['2-2019-nd-cp'] },
        ],
      }),
    ),
    registry,
  );
  assert.deepEqual(right, []);
});

test('an entry whose legal basis ended needs a timeline, unless it is that document’s own entry', () => {
  const p = validateGlossary(file(entry('a-b', { legal: [{ document: '1-2010-nd-cp' }] })), registry);
  assert.ok(has(p, 'a-b', 'needs a timeline'), p.join('\n'));
  const own = validateGlossary(
    file(entry('a-b', { documents: ['1-2010-nd-cp'], legal: [{ document: '1-2010-nd-cp' }] })),
    registry,
  );
  assert.deepEqual(own, []);
});

test('an entry’s sources must be ones a reader can trust; a low-confidence entry may have none', () => {
  const weak = validateGlossary(file(entry('a-b', { sources: ['https://reynlaw.blogspot.com/x.html'] })), registry);
  assert.ok(has(weak, 'a-b', 'not one a reader can trust'), weak.join('\n'));
  assert.deepEqual(validateGlossary(file(entry('a-b', { sources: [], confidence: 'low' })), registry), []);
});
