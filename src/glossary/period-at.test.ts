import assert from 'node:assert/strict';
import { test } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { periodAt, timeNote } from './period-at.ts';
import type { Entry, GlossaryFile } from './types.ts';

const entries = new Map((glossaryFile as GlossaryFile).entries.map((e) => [e.id, e]));
const entry = (id: string) => {
  const e = entries.get(id);
  assert.ok(e, id);
  return e as Entry;
};
const basisAt = (id: string, date: string) => periodAt(entry(id), date)?.basis ?? [];

test('the one-stop mechanism: NĐ 61/2018 until 1/7/2025, NĐ 118/2025 from then', () => {
  for (const id of [
    'co-che-mot-cua',
    'co-che-mot-cua-lien-thong',
    'bo-phan-mot-cua',
    'trung-tam-phuc-vu-hanh-chinh-cong',
  ]) {
    assert.ok(basisAt(id, '2020-05-25').includes('61-2018-nd-cp'), `${id} in 2020`);
    assert.ok(basisAt(id, '2025-06-30').includes('61-2018-nd-cp'), `${id} on 30/6/2025`);
    assert.ok(basisAt(id, '2025-07-01').includes('118-2025-nd-cp'), `${id} on 1/7/2025`);
    assert.equal(timeNote(entry(id), '2020-05-25', '2026-11-22').changed, true);
  }
});

test('online public services: levels 3/4 under NĐ 43/2011, toàn trình / một phần under NĐ 42/2022', () => {
  assert.ok(basisAt('dich-vu-cong-truc-tuyen', '2020-05-25').includes('43-2011-nd-cp'));
  assert.ok(basisAt('dich-vu-cong-truc-tuyen', '2023-01-01').includes('42-2022-nd-cp'));
});

test('the programme periods and the district level', () => {
  assert.ok(basisAt('chuong-trinh-tong-the-cchc', '2019-10-21').includes('30c-nq-cp-2011'));
  assert.ok(basisAt('chuong-trinh-tong-the-cchc', '2023-10-16').includes('76-nq-cp-2021'));
  const before = periodAt(entry('ubnd-huyen'), '2021-02-23');
  const after = periodAt(entry('ubnd-huyen'), '2026-11-22');
  assert.ok(before && after && before !== after, 'UBND huyện before and after the two-tier reform');
});

test('no change, no note; partial dates compare as their first day', () => {
  const e: Entry = {
    id: 'x',
    term: 'x',
    category: 'procedure',
    forms: [],
    gloss: { vi: '-' },
    explanation: { vi: '-' },
    legal: [],
    related: [],
    confidence: 'high',
    sources: ['https://example.org/'],
    timeline: [
      { until: '2025-07', vi: 'trước' },
      { from: '2025-07', vi: 'sau' },
    ],
  };
  assert.equal(periodAt(e, '2025-06-30')?.vi, 'trước');
  assert.equal(periodAt(e, '2025-07-01')?.vi, 'sau');
  assert.deepEqual(timeNote(e, '2026-01-01', '2026-11-22').changed, false);
  assert.equal(timeNote(e, undefined, '2026-11-22').whenWritten, undefined);
});
