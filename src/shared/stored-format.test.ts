import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readOwnTerms } from './check-own-entries.ts';
import { exampleOwnEntry as own } from './example-own-entry.ts';
import { readSettings } from './settings-values.ts';
import {
  migrateStored,
  QUARANTINE_PREFIX,
  quarantinedKeys,
  STORAGE_VERSION,
  STORAGE_VERSION_KEY,
  type StoredChanges,
  storedVersion,
} from './stored-format.ts';

/** The store after applying `changes` (what migrate-storage.ts writes). */
function applied(stored: Record<string, unknown>, changes: StoredChanges | undefined): Record<string, unknown> {
  assert.ok(changes, 'nothing migrated');
  const next = { ...stored, ...changes.set };
  for (const key of changes.remove) delete next[key];
  return next;
}

/** Every stored value, every item of a list and every own entry of `before` is somewhere in `after`. */
function assertNothingLost(before: Record<string, unknown>, after: Record<string, unknown>): void {
  const everything = JSON.stringify(after);
  for (const [key, value] of Object.entries(before)) {
    if (key.startsWith(QUARANTINE_PREFIX)) assert.deepEqual(after[key], value, `${key} was changed`);
    assert.ok(everything.includes(JSON.stringify(value)), `${key}: ${JSON.stringify(value)} is gone`);
  }
}

describe('stored format: version', () => {
  it('reads a store without a version as format 1, and a bad version too', () => {
    assert.equal(storedVersion({}), 1);
    assert.equal(storedVersion({ [STORAGE_VERSION_KEY]: 'x' }), 1);
    assert.equal(storedVersion({ [STORAGE_VERSION_KEY]: 2 }), 2);
  });

  it('writes nothing to an empty store, a current one or a newer one', () => {
    assert.equal(migrateStored({}), undefined);
    assert.equal(migrateStored({ unrelated: 1 }), undefined);
    assert.equal(migrateStored({ [STORAGE_VERSION_KEY]: STORAGE_VERSION, disabledSites: 7 }), undefined);
    assert.equal(migrateStored({ [STORAGE_VERSION_KEY]: STORAGE_VERSION + 1, disabledSites: 7 }), undefined);
  });

  it('writes nothing to an unstamped store already in the current shape', () => {
    const stored = { disabledSites: ['a.vn'], showBadge: false, ownTerms: [own('own-lai-chau')] };
    assert.equal(migrateStored(stored), undefined);
  });

  it('stamps a store it converted', () => {
    const changes = migrateStored({ showBadge: 'false', disabledSites: ['a.vn'] });
    assert.deepEqual(changes, {
      set: { showBadge: false, [STORAGE_VERSION_KEY]: STORAGE_VERSION },
      remove: [],
      quarantined: [],
    });
  });

  it('is idempotent: a migrated store migrates to itself', () => {
    const stored = { disabledSites: ['https://www.A.vn/x', 42], ownTerms: { entries: [own('own-a')] } };
    const once = applied(stored, migrateStored(stored));
    assert.equal(migrateStored(once), undefined);
    const { [STORAGE_VERSION_KEY]: _, ...unstamped } = once;
    assert.equal(migrateStored(unstamped), undefined);
  });
});

describe('stored format: migration 1 → 2, settings', () => {
  it('converts site lists given as addresses, with www., in capitals or as { site: true } maps', () => {
    const stored = {
      disabledSites: ['https://www.VnExpress.net/thoi-su', 'Tuoitre.vn', 'www.a.vn', 'a.vn'],
      addedSites: { 'b.vn': true, 'c.vn': false },
    };
    const after = applied(stored, migrateStored(stored));
    assert.deepEqual(after.disabledSites, ['vnexpress.net', 'tuoitre.vn', 'a.vn']);
    assert.deepEqual(after.addedSites, ['b.vn']);
    assert.equal(after[STORAGE_VERSION_KEY], STORAGE_VERSION);
    assert.deepEqual(migrateStored(stored)?.quarantined, []);
    assert.deepEqual(readSettings(after).invalid, []);
  });

  it('keeps the good items of a partly corrupt list and quarantines the original', () => {
    const stored = { disabledSites: ['a.vn', 'b.vn', 42], hiddenTerms: ['mot-cua', '<b>', 'Cham-Dut'] };
    const changes = migrateStored(stored);
    const after = applied(stored, changes);
    assert.deepEqual(after.disabledSites, ['a.vn', 'b.vn']);
    assert.deepEqual(after.hiddenTerms, ['mot-cua', 'cham-dut']);
    assert.deepEqual(after['quarantine.disabledSites'], ['a.vn', 'b.vn', 42]);
    assert.deepEqual(after['quarantine.hiddenTerms'], ['mot-cua', '<b>', 'Cham-Dut']);
    assert.deepEqual(changes?.quarantined, ['disabledSites', 'hiddenTerms']);
    assertNothingLost(stored, after);
  });

  it('converts booleans stored as text or numbers, and choices in other case', () => {
    const stored = {
      showBadge: 'false',
      firstOccurrenceOnly: 1,
      highlightStyle: ' Underline ',
      colorScheme: 'CONTRAST',
      hiddenCategories: ['Procedure', 'procedure', 'nope'],
    };
    const after = applied(stored, migrateStored(stored));
    assert.equal(after.showBadge, false);
    assert.equal(after.firstOccurrenceOnly, true);
    assert.equal(after.highlightStyle, 'underline');
    assert.equal(after.colorScheme, 'contrast');
    assert.deepEqual(after.hiddenCategories, ['procedure']);
    assert.deepEqual(after['quarantine.hiddenCategories'], ['Procedure', 'procedure', 'nope']);
    assert.deepEqual(readSettings(after).invalid, []);
  });

  it('removes what cannot be read at all, its original kept aside', () => {
    const stored = { highlightStyle: 42, disabledSites: '127.0.0.1', textSize: { big: 1 } };
    const changes = migrateStored(stored);
    const after = applied(stored, changes);
    assert.deepEqual(changes?.remove.sort(), ['disabledSites', 'highlightStyle', 'textSize']);
    assert.equal(after['quarantine.highlightStyle'], 42);
    assert.equal(after['quarantine.disabledSites'], '127.0.0.1');
    assert.deepEqual(after['quarantine.textSize'], { big: 1 });
    assertNothingLost(stored, after);
  });

  it('never writes over a value already kept aside: a different one goes beside it', () => {
    const stored = { showBadge: 'yes', 'quarantine.showBadge': 'maybe' };
    const after = applied(stored, migrateStored(stored));
    assert.equal(after['quarantine.showBadge'], 'maybe');
    assert.equal(after['quarantine.showBadge.2'], 'yes');
    assert.deepEqual(quarantinedKeys(after), ['showBadge']);
    const again = { showBadge: 'yes', 'quarantine.showBadge': 'yes' };
    assert.equal(applied(again, migrateStored(again))['quarantine.showBadge.2'], undefined);
  });

  it('leaves keys it does not know alone', () => {
    const stored = { somethingElse: [1, 2], showBadge: 0 };
    const changes = migrateStored(stored);
    assert.equal(Object.hasOwn(changes?.set ?? {}, 'somethingElse'), false);
    assert.equal(changes?.remove.includes('somethingElse'), false);
  });
});

describe('stored format: migration 1 → 2, own terms', () => {
  it('takes the export file’s { entries } shape as the list', () => {
    const entries = [own('own-lai-chau'), own('own-dien-bien', { term: 'Điện Biên', forms: ['Điện Biên'] })];
    const stored = { ownTerms: { entries } };
    const changes = migrateStored(stored);
    assert.deepEqual(applied(stored, changes).ownTerms, entries);
    assert.deepEqual(changes?.quarantined, []);
  });

  it('converts entries of an older shape: text gloss and explanation, forms as one string, missing fields', () => {
    const older = {
      id: 'dien-bien',
      term: 'Điện Biên',
      category: 'local-government',
      forms: 'Điện Biên',
      abbreviations: [{ text: 'ĐBP' }],
      explanation: 'Một tỉnh miền núi phía Tây Bắc.',
      sources: 'https://dienbien.gov.vn/',
    };
    const stored = { ownTerms: [own('own-lai-chau'), older] };
    const changes = migrateStored(stored);
    const after = applied(stored, changes);
    assert.deepEqual(after.ownTerms, [
      own('own-lai-chau'),
      {
        id: 'own-dien-bien',
        term: 'Điện Biên',
        category: 'local-government',
        forms: ['Điện Biên'],
        abbreviations: ['ĐBP'],
        explanation: { vi: 'Một tỉnh miền núi phía Tây Bắc.' },
        sources: ['https://dienbien.gov.vn/'],
        gloss: { vi: 'Điện Biên' },
        legal: [],
        related: [],
        confidence: 'high',
      },
    ]);
    assert.equal(readOwnTerms(after.ownTerms).dropped, 0);
    assert.deepEqual(changes?.quarantined, []);
  });

  it('gives a converted id a free one, not one another entry has', () => {
    const stored = { ownTerms: [own('own-lai-chau'), { ...own('x'), id: 'lai chau', forms: ['Lai Châu mới'] }] };
    const after = applied(stored, migrateStored(stored));
    assert.deepEqual(
      (after.ownTerms as { id: string }[]).map((e) => e.id),
      ['own-lai-chau', 'own-lai-chau-2'],
    );
  });

  it('keeps every readable entry and quarantines the whole original list when one cannot be converted', () => {
    const broken = { id: 'own-cu', term: 'Cũ', forms: 'Một dạng cũ' };
    const taken = own('own-trung', { term: 'Trùng', forms: ['Lai Châu'] });
    const stored = { ownTerms: [own('own-lai-chau'), broken, taken] };
    const changes = migrateStored(stored);
    const after = applied(stored, changes);
    assert.deepEqual(after.ownTerms, [own('own-lai-chau')]);
    assert.deepEqual(after['quarantine.ownTerms'], stored.ownTerms);
    assert.deepEqual(changes?.quarantined, ['ownTerms']);
    assertNothingLost(stored, after);
  });

  it('quarantines a value that is no list at all and removes it', () => {
    const stored = { ownTerms: 'Lai Châu' };
    const changes = migrateStored(stored);
    assert.deepEqual(changes?.remove, ['ownTerms']);
    assert.equal(applied(stored, changes)['quarantine.ownTerms'], 'Lai Châu');
  });
});
