import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { findTerms } from '../glossary/find-terms.ts';
import type { Entry, GlossaryFile } from '../glossary/types.ts';
import { exampleOwnEntry as own } from './example-own-entry.ts';
import { withOwnTerms } from './with-own-terms.ts';

const bundled = (glossaryFile as GlossaryFile).entries;

describe('own terms: matching beside the bundled glossary', () => {
  const text = 'Tỉnh Lai Châu giảm thủ tục hành chính (TTHC) tại Trung tâm Phục vụ hành chính công.';
  const ids = (entries: readonly Entry[]) => findTerms(text, compileGlossary(entries)).map((m) => [m.id, m.text]);

  it('leaves the bundled glossary as it is without own terms', () => {
    assert.equal(withOwnTerms(bundled, []), bundled);
    assert.deepEqual(ids(bundled), [
      ['thu-tuc-hanh-chinh', 'thủ tục hành chính'],
      ['thu-tuc-hanh-chinh', 'TTHC'],
      ['trung-tam-phuc-vu-hanh-chinh-cong', 'Trung tâm Phục vụ hành chính công'],
    ]);
  });

  it('matches own terms, and an own term wins over a bundled one on the same form', () => {
    const mine = own('own-thu-tuc', {
      term: 'thủ tục (của tôi)',
      forms: ['THỦ TỤC hành chính'],
      abbreviations: ['TTHC'],
    });
    const merged = withOwnTerms(bundled, [own('own-lai-chau'), mine]);
    assert.deepEqual(ids(merged), [
      ['own-lai-chau', 'Lai Châu'],
      ['own-thu-tuc', 'thủ tục hành chính'],
      ['own-thu-tuc', 'TTHC'],
      ['trung-tam-phuc-vu-hanh-chinh-cong', 'Trung tâm Phục vụ hành chính công'],
    ]);
    // The bundled entry keeps its other forms, and the bundled data is not changed.
    const original = bundled.find((e) => e.id === 'thu-tuc-hanh-chinh');
    const trimmed = merged.find((e) => e.id === 'thu-tuc-hanh-chinh');
    assert.deepEqual(original?.forms, ['thủ tục hành chính']);
    assert.deepEqual(original?.abbreviations, ['TTHC']);
    assert.deepEqual(trimmed?.forms, []);
    assert.deepEqual(trimmed?.abbreviations, []);
    assert.equal(merged.length, bundled.length + 2);
    // Entries without a shared form are the same objects.
    assert.equal(
      merged.find((e) => e.id === 'trung-tam-phuc-vu-hanh-chinh-cong'),
      bundled.find((e) => e.id === 'trung-tam-phuc-vu-hanh-chinh-cong'),
    );
  });
});
