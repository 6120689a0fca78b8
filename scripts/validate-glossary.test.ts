import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateGlossary } from './validate-glossary.ts';

const here = dirname(fileURLToPath(import.meta.url));
const real = JSON.parse(readFileSync(resolve(here, '../data/glossary.json'), 'utf8'));

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
    sources: ['https://example.org/nguon'],
    ...extra,
  };
}
const file = (...entries: unknown[]) => ({ entries });
const has = (problems: string[], ...needles: string[]) => problems.some((p) => needles.every((n) => p.includes(n)));

test('the real glossary is valid and has at least 155 entries', () => {
  const problems = validateGlossary(real);
  assert.deepEqual(problems, []);
  assert.ok(real.entries.length >= 155);
});

test('the real glossary keeps the 119 researched ids', () => {
  const facts = JSON.parse(readFileSync('/work/shared/reference/glossary-facts.json', 'utf8')) as Array<{ id: string }>;
  const ids = new Set(real.entries.map((e: { id: string }) => e.id));
  for (const f of facts) assert.ok(ids.has(f.id), f.id);
});

test('a minimal valid file passes', () => {
  assert.deepEqual(validateGlossary(file(entry('a-b'), entry('c-d', { related: ['a-b'] }))), []);
});

test('duplicate ids are reported', () => {
  const p = validateGlossary(file(entry('a-b'), { ...entry('a-b'), forms: ['cụm khác hẳn'] }));
  assert.ok(has(p, 'a-b', 'duplicate id'), p.join('\n'));
});

test('dangling related, ref, replacedBy and basis ids are reported', () => {
  const p = validateGlossary(
    file(
      entry('a-b', {
        related: ['khong-co'],
        legal: [
          {
            document: 'Nghị định 1/2020/NĐ-CP',
            issuer: 'Chính phủ',
            status: 'replaced',
            ref: 'mat-tich',
            replacedBy: 'cung-mat',
            source: 'https://example.org/x',
            verified: false,
          },
        ],
        timeline: [{ vi: 'Giai đoạn.', basis: ['khong-ton-tai'] }],
      }),
    ),
  );
  assert.ok(has(p, 'a-b', 'khong-co'), p.join('\n'));
  assert.ok(has(p, 'a-b', 'mat-tich'));
  assert.ok(has(p, 'a-b', 'cung-mat'));
  assert.ok(has(p, 'a-b', 'khong-ton-tai'));
});

test('self-relation is reported', () => {
  const p = validateGlossary(file(entry('a-b', { related: ['a-b'] })));
  assert.ok(has(p, 'a-b', 'itself'), p.join('\n'));
});

test('missing or empty sources are reported with the entry id', () => {
  const noSources = entry('a-b') as Record<string, unknown>;
  delete noSources.sources;
  const p1 = validateGlossary(file(noSources));
  assert.ok(has(p1, 'a-b', 'source'), p1.join('\n'));
  const p2 = validateGlossary(file(entry('c-d', { sources: [] })));
  assert.ok(has(p2, 'c-d', 'source'), p2.join('\n'));
});

test('a surface form shared by two entries is reported, after normalisation', () => {
  const p = validateGlossary(
    file(entry('a-b', { forms: ['Cơ chế một cửa'] }), entry('c-d', { forms: ['cơ  chế “một” cửa'] })),
  );
  assert.ok(has(p, 'a-b', 'c-d', 'shared'), p.join('\n'));
});

test('a shared form is allowed when one side carries context rules', () => {
  const p = validateGlossary(
    file(
      entry('a-b', { forms: ['mức độ 3'] }),
      entry('c-d', { forms: [{ text: 'mức độ 3', requireNear: { any: ['trực tuyến'] } }] }),
    ),
  );
  assert.deepEqual(p, []);
});

test('abbreviations and forms share one namespace for the shared-form check', () => {
  const p = validateGlossary(
    file(entry('a-b', { abbreviations: ['BHXH'] }), entry('c-d', { abbreviations: ['BHXH'] })),
  );
  assert.ok(has(p, 'a-b', 'c-d', 'bhxh'), p.join('\n'));
});

test('bad dates are reported', () => {
  const p = validateGlossary(
    file(
      entry('a-b', {
        legal: [
          {
            document: 'Nghị định 1/2020/NĐ-CP',
            issuer: 'Chính phủ',
            status: 'in-force',
            issued: '2020-13-40',
            source: 'https://example.org/x',
            verified: true,
          },
        ],
        timeline: [{ from: '2025-7-1', vi: 'Sai định dạng.' }],
      }),
    ),
  );
  assert.ok(has(p, 'a-b', '/legal/0/issued'), p.join('\n'));
  assert.ok(has(p, 'a-b', '/timeline/0/from'), p.join('\n'));
});

test('a period whose from is not before until is reported', () => {
  const p = validateGlossary(
    file(entry('a-b', { timeline: [{ from: '2025-07-01', until: '2022-08-15', vi: 'Ngược.' }] })),
  );
  assert.ok(has(p, 'a-b', 'not before'), p.join('\n'));
});

test('single-syllable forms without context are reported; abbreviations are fine', () => {
  const p = validateGlossary(file(entry('a-b', { forms: ['hồ'] })));
  assert.ok(has(p, 'a-b', 'single syllable'), p.join('\n'));
  assert.deepEqual(validateGlossary(file(entry('c-d', { forms: [], abbreviations: ['UBND'] }))), []);
});

test('documents and citation codes must be unique across entries', () => {
  const p = validateGlossary(
    file(
      entry('a-b', { documents: ['61/2018/NĐ-CP'], citationCodes: ['NĐ-CP'] }),
      entry('c-d', { documents: ['61/2018/NĐ-CP'], citationCodes: ['NĐ-CP'] }),
    ),
  );
  assert.ok(has(p, 'c-d', '61/2018/NĐ-CP', 'a-b'), p.join('\n'));
  assert.ok(has(p, 'c-d', 'NĐ-CP', 'citation code'));
});

test('schema errors name the entry id (bad enum, bad document pattern, unknown field)', () => {
  const p = validateGlossary(file(entry('a-b', { category: 'misc', documents: ['61/2018/ND CP'], colour: 'red' })));
  assert.ok(has(p, 'a-b', 'category'), p.join('\n'));
  assert.ok(has(p, 'a-b', '/documents/0'));
  assert.ok(has(p, 'a-b', 'colour'));
});
