import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../glossary/bundled-documents.ts';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { lazyGlossary, packGlossary } from '../glossary/packed-glossary.ts';
import type { Entry } from '../glossary/types.ts';
import type { StartMode } from '../shared/content-script-globals.ts';
import { defaultSettings, type Settings } from '../shared/settings-values.ts';
import { glossaryMatcher } from '../shared/term-matcher.ts';
import { ContentPage } from './content-page.ts';
import { explainSelection } from './explain-selection.ts';
import type { ExplanationPopup } from './explanation-popup.ts';
import { fakePage } from './fake-page.ts';
import { flashTerm } from './flash-term.ts';
import { goToTerm } from './go-to-term.ts';

const bundled = (glossaryFile as { entries: Entry[] }).entries;
const packed = packGlossary(compileGlossary(bundled, bundledDocuments().byId), bundled);
const settings = (changes: Partial<Settings> = {}): Settings => ({ ...structuredClone(defaultSettings), ...changes });

/** A page (drawn by wrapping: linkedom has no Highlight API), its ContentPage and what it did. */
function setUp(mode: StartMode = 'full') {
  const { document } = fakePage(
    '<!doctype html><html><body><article>' +
      '<p>Người dân làm thủ tục hành chính qua dịch vụ công trực tuyến.</p>' +
      '<p>Cải cách thủ tục hành chính tiếp tục.</p>' +
      '</article></body></html>',
  );
  const opened: string[] = [];
  const reported: number[] = [];
  const popup: ExplanationPopup = {
    open: (id) => opened.push(id),
    openUnknown: (text) => opened.push(`unknown: ${text}`),
    close() {},
    isOpen: false,
    destroy() {},
  };
  const page = new ContentPage(document, {
    mode,
    // The background's matcher on the packed form the build makes, run in place.
    matcher: glossaryMatcher({ glossary: () => lazyGlossary(packed), entries: () => bundled }),
    documents: bundledDocuments(),
    host: 'example.vn',
    reportCount: (n) => reported.push(n),
    addOwnTerm() {},
    hideTerm() {},
    createPopup: () => popup,
    explainSelection,
    navigation: async () => ({ goToTerm, flashTerm }),
  });
  const wrapped = () => [...document.querySelectorAll('cchc-term')].map((e) => e.getAttribute('data-cchc-id'));
  const terms = async () => {
    const answer = await page.handlers['get-page-terms']({ type: 'get-page-terms' }, undefined);
    return { ...answer, terms: answer.terms.map((t) => `${t.id}×${t.count}`) };
  };
  return { document, page, opened, reported, wrapped, terms };
}

const ALL = ['thu-tuc-hanh-chinh×1', 'dich-vu-cong-truc-tuyen×1', 'cai-cach-thu-tuc-hanh-chinh×1'];

describe('ContentPage', () => {
  it('scans on start and answers the toolbar popup with the page’s terms', async () => {
    const { page, terms, wrapped } = setUp();
    page.start(settings(), []);
    assert.deepEqual(await terms(), { host: 'example.vn', enabled: true, terms: ALL });
    assert.equal(wrapped().length, 3);
  });

  it('scans nothing on a site turned off, and scans when it is turned on', async () => {
    const { page, terms, wrapped } = setUp();
    page.start(settings({ disabledSites: ['example.vn'] }), []);
    assert.deepEqual(await terms(), { host: 'example.vn', enabled: false, terms: [] });
    assert.equal(wrapped().length, 0);
    page.settingsChanged(settings());
    assert.deepEqual((await terms()).terms, ALL);
    page.settingsChanged(settings({ disabledSites: ['example.vn'] }));
    assert.equal(wrapped().length, 0, 'turned off: every wrapper taken out');
  });

  it('hides a category from the highlights and the list, and brings it back', async () => {
    const { page, terms, wrapped } = setUp();
    page.start(settings(), []);
    await terms();
    page.settingsChanged(settings({ hiddenCategories: ['digital-government'] }));
    assert.deepEqual((await terms()).terms, ['thu-tuc-hanh-chinh×1', 'cai-cach-thu-tuc-hanh-chinh×1']);
    assert.ok(!wrapped().includes('dich-vu-cong-truc-tuyen'));
    page.settingsChanged(settings());
    assert.deepEqual((await terms()).terms, ALL);
    assert.ok(wrapped().includes('dich-vu-cong-truc-tuyen'));
  });

  it('shows a term from the list: marks it current and opens its explanation', async () => {
    const { page, opened, terms, document } = setUp();
    page.start(settings(), []);
    await terms();
    const show = (id: string) => page.handlers['show-term']({ type: 'show-term', id }, undefined);
    assert.deepEqual(await show('dich-vu-cong-truc-tuyen'), { shown: true });
    assert.deepEqual(opened, ['dich-vu-cong-truc-tuyen']);
    const current = [...document.querySelectorAll('cchc-term[data-cchc-current]')];
    assert.deepEqual(
      current.map((e) => e.getAttribute('data-cchc-id')),
      ['dich-vu-cong-truc-tuyen'],
    );
    assert.deepEqual(await show('chua-co'), { shown: false });
  });

  it('matches the reader’s own terms, and follows their changes', async () => {
    const { page, terms } = setUp();
    const own: Entry = {
      id: 'own-nguoi-dan',
      term: 'Người dân',
      category: 'mechanism',
      forms: ['Người dân'],
      gloss: { vi: 'Người dân' },
      explanation: { vi: 'Công dân.' },
      legal: [],
      related: [],
      confidence: 'high',
      sources: [],
    };
    page.start(settings(), [own]);
    assert.deepEqual((await terms()).terms, ['own-nguoi-dan×1', ...ALL]);
    page.ownTermsChanged([]);
    assert.deepEqual((await terms()).terms, ALL);
  });

  it('explain-only: answers "Explain term" alone, scans nothing, and upgrades to a full start', async () => {
    const { page, opened, terms, wrapped } = setUp('explain');
    assert.equal(page.answers('get-page-terms'), false);
    assert.equal(page.answers('explain-selection'), true);
    page.start(settings(), []);
    const answer = await page.handlers['explain-selection']({ type: 'explain-selection', text: 'TTHC' }, undefined);
    assert.deepEqual(answer, { found: 'thu-tuc-hanh-chinh' });
    await page.handlers['explain-selection']({ type: 'explain-selection', text: 'không có' }, undefined);
    assert.deepEqual(opened, ['thu-tuc-hanh-chinh', 'unknown: không có']);
    assert.equal(wrapped().length, 0);
    page.upgrade();
    assert.equal(page.answers('get-page-terms'), true);
    assert.deepEqual((await terms()).terms, ALL);
  });

  it('reports the number of distinct terms for the badge', async () => {
    const { page, reported, terms } = setUp();
    page.start(settings(), []);
    await terms();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(reported, [3]);
  });

  it('opens nothing for a page script’s synthetic click or Alt+Shift+. keydown, and does for the reader’s', async () => {
    const { document, page, opened, terms } = setUp();
    page.start(settings(), []);
    await terms();
    const term = document.querySelector('cchc-term');
    assert.ok(term);
    const click = (isTrusted: boolean) =>
      ({
        isTrusted,
        button: 0,
        target: term,
        clientX: 1,
        clientY: 1,
        composedPath: () => [term],
      }) as unknown as MouseEvent;
    const key = (isTrusted: boolean) =>
      ({ isTrusted, altKey: true, shiftKey: true, code: 'Period', preventDefault() {} }) as unknown as KeyboardEvent;
    // isTrusted is false on every event a page's script creates or dispatches.
    page.click(click(false));
    page.keydown(key(false));
    assert.deepEqual(opened, []);
    page.click(click(true));
    assert.deepEqual(opened, ['thu-tuc-hanh-chinh']);
  });
});
