import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  catalogLanguage,
  defaultSettings,
  defaultsFor,
  isDefault,
  quarantineBeforeSave,
  quarantineKey,
  readSettings,
  siteOf,
  withSite,
} from './settings-values.ts';

describe('readSettings', () => {
  it('fills in the defaults for what is not stored', () => {
    assert.deepEqual(readSettings({}), { settings: defaultSettings, invalid: [] });
  });

  it('takes valid stored values and ignores unknown keys', () => {
    const { settings, invalid } = readSettings({
      disabledSites: ['vnexpress.net', '127.0.0.1'],
      hiddenCategories: ['procedure'],
      highlightStyle: 'underline',
      explanationLanguage: 'en',
      showBadge: false,
      firstOccurrenceOnly: true,
      allOccurrences: true,
      colorScheme: 'contrast',
      addedSites: ['baodautu.vn', 'localhost'],
      markOwnTermsOnPage: true,
      textSize: 'larger',
      hiddenTerms: ['thu-tuc-hanh-chinh', 'own-lai-chau'],
      somethingElse: 1,
    });
    assert.deepEqual(invalid, []);
    assert.deepEqual(settings, {
      disabledSites: ['vnexpress.net', '127.0.0.1'],
      hiddenCategories: ['procedure'],
      highlightStyle: 'underline',
      explanationLanguage: 'en',
      showBadge: false,
      firstOccurrenceOnly: true,
      allOccurrences: true,
      colorScheme: 'contrast',
      addedSites: ['baodautu.vn', 'localhost'],
      markOwnTermsOnPage: true,
      textSize: 'larger',
      hiddenTerms: ['thu-tuc-hanh-chinh', 'own-lai-chau'],
    });
  });

  it('refuses a text size it does not know and keeps the good ids of a hidden-terms list', () => {
    const { settings, invalid } = readSettings({
      textSize: 'huge',
      hiddenTerms: ['ubnd', '<img src=x>', 'ubnd', 42],
    });
    assert.equal(settings.textSize, 'normal');
    assert.deepEqual(settings.hiddenTerms, ['ubnd']);
    assert.deepEqual(invalid.sort(), ['hiddenTerms', 'textSize']);
  });

  it('falls back to the default for each corrupt value and names it', () => {
    const { settings, invalid } = readSettings({
      disabledSites: 'vnexpress.net',
      hiddenCategories: ['procedure', 'nope'],
      highlightStyle: 'blink',
      explanationLanguage: 'fr',
      showBadge: 'yes',
      firstOccurrenceOnly: null,
      colorScheme: 'rainbow',
      addedSites: ['*://*/*'],
    });
    // A list keeps its good items (issue 13); every other corrupt value falls back.
    assert.deepEqual(settings, { ...defaultSettings, hiddenCategories: ['procedure'] });
    assert.deepEqual(invalid.sort(), [
      'addedSites',
      'colorScheme',
      'disabledSites',
      'explanationLanguage',
      'firstOccurrenceOnly',
      'hiddenCategories',
      'highlightStyle',
      'showBadge',
    ]);
  });

  it('refuses host lists with duplicates or things that are not host names', () => {
    for (const sites of [['a.vn', 'a.vn'], ['http://a.vn'], ['a.vn/path'], [''], [3]]) {
      assert.deepEqual(readSettings({ disabledSites: sites }).invalid, ['disabledSites'], JSON.stringify(sites));
    }
  });

  it('keeps the good items of a partly corrupt list, so switching one site keeps the others', () => {
    const { settings, invalid } = readSettings({ disabledSites: ['a.vn', 'b.vn', 42, 'a.vn', 'http://c.vn'] });
    assert.deepEqual(settings.disabledSites, ['a.vn', 'b.vn']);
    assert.deepEqual(invalid, ['disabledSites']);
    assert.deepEqual(withSite(settings.disabledSites, 'c.vn', false), ['a.vn', 'b.vn', 'c.vn']);
  });

  it('quarantines a corrupt stored value once, before it is overwritten', () => {
    const junk = ['a.vn', 'b.vn', 42];
    assert.deepEqual(quarantineBeforeSave('disabledSites', { disabledSites: junk }), {
      [quarantineKey('disabledSites')]: junk,
    });
    // Already kept aside: the first corrupt value stays; a valid or missing value needs nothing.
    assert.equal(
      quarantineBeforeSave('disabledSites', { disabledSites: junk, [quarantineKey('disabledSites')]: [] }),
      undefined,
    );
    assert.equal(quarantineBeforeSave('disabledSites', { disabledSites: ['a.vn'] }), undefined);
    assert.equal(quarantineBeforeSave('disabledSites', {}), undefined);
  });

  it('does not share arrays with the defaults', () => {
    const { settings } = readSettings({});
    settings.disabledSites.push('x.vn');
    assert.deepEqual(defaultSettings.disabledSites, []);
  });
});

describe('settings helpers', () => {
  it('tell a default value, so that it is removed instead of stored', () => {
    assert.equal(isDefault('showBadge', true), true);
    assert.equal(isDefault('showBadge', false), false);
    assert.equal(isDefault('disabledSites', []), true);
    assert.equal(isDefault('disabledSites', ['a.vn']), false);
  });

  it('key sites by host name without www. and in lower case', () => {
    assert.equal(siteOf('WWW.VnExpress.net'), 'vnexpress.net');
    assert.equal(siteOf('127.0.0.1'), '127.0.0.1');
  });

  it('turn a site off and on again', () => {
    assert.deepEqual(withSite(['b.vn'], 'a.vn', false), ['a.vn', 'b.vn']);
    assert.deepEqual(withSite(['a.vn', 'b.vn'], 'a.vn', true), ['b.vn']);
    assert.deepEqual(withSite(['a.vn'], 'a.vn', false), ['a.vn']);
  });
});

describe('defaultsFor', () => {
  it('explains in English by default when the interface is English, and in Vietnamese otherwise', () => {
    assert.equal(readSettings({}, defaultsFor('en')).settings.explanationLanguage, 'en');
    assert.equal(readSettings({}, defaultsFor('vi')).settings.explanationLanguage, 'vi');
    // A Vietnamese choice in the English interface is a change, so it is stored.
    assert.equal(isDefault('explanationLanguage', 'vi', defaultsFor('en')), false);
    assert.equal(isDefault('explanationLanguage', 'en', defaultsFor('en')), true);
    assert.equal(readSettings({ explanationLanguage: 'vi' }, defaultsFor('en')).settings.explanationLanguage, 'vi');
  });
});

describe('catalogLanguage (the defaults follow it without loading the catalog)', () => {
  it('gives the catalog the browser picks for its UI language', () => {
    assert.deepEqual(readdirSync(path.join(import.meta.dirname, '../_locales')).sort(), ['en', 'vi']);
    for (const ui of ['en', 'en-US', 'en-GB', 'EN_au']) assert.equal(catalogLanguage(ui), 'en', ui);
    for (const ui of ['vi', 'vi-VN', 'fr', 'eng', 'de-DE', '']) assert.equal(catalogLanguage(ui), 'vi', ui);
  });
});
