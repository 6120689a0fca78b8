import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LegalDocument } from '../src/glossary/types.ts';
import { sourceKind } from './source-quality.ts';
import { testRegistry } from './test-registry.ts';
import { validateDocuments } from './validate-documents.ts';

const [old, next] = testRegistry.documents as [LegalDocument, LegalDocument];
const registry = (...documents: LegalDocument[]) => ({ checked: '2026-12-06', documents });
const has = (problems: string[], ...needles: string[]) => problems.some((p) => needles.every((n) => p.includes(n)));

test('a sound registry passes', () => {
  assert.deepEqual(validateDocuments(testRegistry), []);
});

test('ids follow the one rule: the number folded, plus the signing year when the number has none', () => {
  const p = validateDocuments(registry({ ...old, id: 'nd-1-2010' }, next));
  assert.ok(has(p, 'nd-1-2010', 'id should be "1-2010-nd-cp"'), p.join('\n'));
  const yearless = { ...next, id: '274-qd-ttg-2019', number: '274/QĐ-TTg', type: 'quyet-dinh' as const };
  assert.deepEqual(validateDocuments(registry(yearless)), []);
});

test('a status must agree with the dates and the links', () => {
  const noSuccessor = { ...old, replacedBy: undefined } as LegalDocument;
  delete noSuccessor.replacedBy;
  assert.ok(has(validateDocuments(registry(noSuccessor, next)), 'status replaced needs replacedBy'));
  const noEnd = { ...old } as LegalDocument;
  delete noEnd.ended;
  assert.ok(has(validateDocuments(registry(noEnd, next)), 'needs the day it ended'));
  const inForceButEnded = { ...next, ended: '2021-01-01' };
  assert.ok(has(validateDocuments(registry(old, inForceButEnded)), 'status in-force but it ended'));
  const lateSuccessor = { ...next, effective: '2020-03-01' };
  assert.ok(
    has(validateDocuments(registry(old, lateSuccessor)), 'its successor 2-2019-nd-cp starts only on 2020-03-01'),
  );
  const amendedBefore = { ...next, amendedBy: ['1-2010-nd-cp'], status: 'amended' as const };
  assert.ok(has(validateDocuments(registry(old, amendedBefore)), 'not after it began'));
  const amendedNoList = { ...next, status: 'amended' as const };
  assert.ok(has(validateDocuments(registry(old, amendedNoList)), 'needs amendedBy'));
});

test('a fact listed as unconfirmed must be there, and a record without a source confirms nothing', () => {
  const ghost = { ...next, unconfirmed: ['ended' as const] };
  assert.ok(has(validateDocuments(registry(old, ghost)), 'lists ended as unconfirmed but gives none'));
  const bare = { ...next, sources: [] };
  assert.ok(
    has(validateDocuments(registry(old, bare)), 'no source, so number, title, issuer, signed, effective, status'),
  );
  const honest = {
    ...next,
    sources: [],
    unconfirmed: ['number', 'title', 'issuer', 'signed', 'effective', 'status'] as LegalDocument['unconfirmed'],
  };
  assert.deepEqual(validateDocuments(registry(old, honest)), []);
});

test('sources must be ones a careful reader accepts', () => {
  for (const url of [
    'https://reynlaw.blogspot.com/2023/09/x.html',
    'https://vietjack.me/phap-luat/nghi-dinh-61',
    'https://text.123docz.net/document/1.htm',
    'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=61/2018',
    'http://vov1.vov.gov.vn/Search.aspx?key=x',
  ]) {
    const weak = { ...next, sources: [{ url, supports: 'all' }] };
    assert.ok(has(validateDocuments(registry(old, weak)), 'is not one a reader can trust'), url);
  }
});

test('sourceKind ranks official portals, legal databases and national newspapers', () => {
  assert.equal(sourceKind('https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1'), 'official');
  assert.equal(sourceKind('https://xaydungchinhsach.chinhphu.vn/x.htm'), 'official');
  assert.equal(sourceKind('https://moj.gov.vn/x'), 'official');
  assert.equal(sourceKind('https://thuvienphapluat.vn/van-ban/x.aspx'), 'legal-database');
  assert.equal(sourceKind('https://nhandan.vn/x.html'), 'newspaper');
  assert.equal(sourceKind('https://news.laodong.vn/x.ldo'), 'newspaper');
  assert.equal(sourceKind('https://dientuungdung.vn/x.html'), 'not-accepted');
  assert.equal(sourceKind('not a url'), 'not-accepted');
});
