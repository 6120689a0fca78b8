import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import type { Entry, GlossaryFile } from '../glossary/types.ts';
import type { MessageName } from '../shared/get-message.ts';
import {
  type ExplanationContext,
  type ExplanationInput,
  formatDate,
  lastDayBefore,
  renderExplanation,
} from './render-explanation.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `browser.i18n.getMessage` over our locale files: named placeholders, then `$1`… substitutions. */
function translator(locale: 'vi' | 'en'): (name: MessageName, substitutions?: string | string[]) => string {
  const messages: Messages = JSON.parse(
    readFileSync(new URL(`../_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
  );
  return (name, substitutions) => {
    const entry = messages[name];
    assert.ok(entry, `no message ${name} in ${locale}`);
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message
      .replace(
        /\$([\w@]+)\$/g,
        (_, placeholder: string) => entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '',
      )
      .replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  };
}

const entries = new Map((glossaryFile as GlossaryFile).entries.map((e) => [e.id, e]));
const entry = (id: string): Entry => entries.get(id) ?? assert.fail(`no entry ${id}`);
const TODAY = '2026-11-22';

function render(
  input: Omit<ExplanationInput, 'entry'> & { id: string },
  context: Partial<ExplanationContext> = {},
): HTMLElement {
  const lang = context.lang ?? 'vi';
  return renderExplanation(
    { ...input, entry: entry(input.id) },
    { entries, articleDate: undefined, today: TODAY, lang, t: translator(lang), onRelated: () => {}, ...context },
  );
}

const text = (root: Element, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

before(() => {
  // createElement() builds in the global document, as it does in the page.
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  globalThis.document = document as unknown as Document;
  // Any HTML parsing while rendering fails the test: only createElement/textContent are allowed.
  const forbid = (name: string) => () => assert.fail(`${name} used while rendering`);
  let prototype: object | null = document.createElement('div');
  while (prototype) {
    for (const name of ['innerHTML', 'outerHTML']) {
      if (Object.hasOwn(prototype, name)) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
        Object.defineProperty(prototype, name, { ...descriptor, set: forbid(name) });
      }
    }
    if (Object.hasOwn(prototype, 'insertAdjacentHTML')) {
      Object.defineProperty(prototype, 'insertAdjacentHTML', { value: forbid('insertAdjacentHTML') });
    }
    prototype = Object.getPrototypeOf(prototype);
  }
});

describe('renderExplanation: co-che-mot-cua in an article of 25/05/2020, read on 22/11/2026', () => {
  it('says what applied when the article was published (61/2018) and what applies now (118/2025)', () => {
    const content = render({ id: 'co-che-mot-cua' }, { articleDate: '2020-05-25' });
    const then = text(content, '.time .then') ?? '';
    const now = text(content, '.time .now') ?? '';
    assert.match(then, /^Khi bài viết được đăng \(25\/05\/2020\): /);
    assert.match(then, /61\/2018\/NĐ-CP/);
    assert.match(now, /^Hiện nay: /);
    assert.match(now, /118\/2025\/NĐ-CP/);
  });

  it('says the same in English', () => {
    const content = render({ id: 'co-che-mot-cua' }, { articleDate: '2020-05-25', lang: 'en' });
    assert.match(text(content, '.time .then') ?? '', /^When the article was published \(25 May 2020\): .*61\/2018/);
    assert.match(text(content, '.time .now') ?? '', /^Now: .*118\/2025/);
    assert.match(text(content, '.explanation') ?? '', /^A way of handling administrative procedures/);
    assert.equal(text(content, '.gloss'), 'one-stop-shop mechanism');
  });

  it('names the term, its category, and focuses the heading rather than tabbing to it', () => {
    const content = render({ id: 'co-che-mot-cua' }, { articleDate: '2020-05-25' });
    const title = content.querySelector('h2');
    assert.equal(title?.id, 'cchc-title');
    assert.equal(title?.textContent, 'cơ chế một cửa');
    assert.equal(title?.getAttribute('tabindex'), '-1');
    assert.equal(text(content, '.category'), 'Cơ chế');
    assert.equal(content.querySelector('.gloss'), null, 'no full form when it is the term itself');
  });

  it('lists the legal basis with dates, status and a link that opens the source in a new tab', () => {
    const content = render({ id: 'co-che-mot-cua' });
    const items = [...content.querySelectorAll('.legal li')];
    assert.equal(items.length, 2);
    const [first] = items;
    assert.equal(text(first as Element, '.document'), 'Nghị định 61/2018/NĐ-CP');
    assert.equal(
      text(first as Element, '.facts'),
      'Chính phủ · Ban hành: 23/04/2018 · Hiệu lực: 21/06/2018 – hết 30/06/2025',
    );
    assert.equal(text(first as Element, '.status'), 'Đã được thay thế bằng 118/2025/NĐ-CP');
    for (const [index, link] of [...content.querySelectorAll('.legal a')].entries()) {
      assert.equal(link.getAttribute('href'), entry('co-che-mot-cua').legal[index]?.source);
      assert.equal(link.getAttribute('target'), '_blank');
      assert.equal(link.getAttribute('rel'), 'noopener noreferrer');
      assert.match(link.textContent ?? '', /\(mở trong thẻ mới\)$/);
    }
    assert.equal(content.querySelector('.unverified'), null);
  });

  it('offers the related terms as buttons that call back with their id', () => {
    const opened: string[] = [];
    const content = render({ id: 'co-che-mot-cua' }, { onRelated: (id) => opened.push(id) });
    const buttons = [...content.querySelectorAll<HTMLButtonElement>('.related button')];
    assert.deepEqual(
      buttons.map((b) => b.dataset.id),
      entry('co-che-mot-cua').related,
    );
    assert.ok(buttons.every((b) => b.getAttribute('type') === 'button' && b.textContent));
    buttons[2]?.click();
    assert.deepEqual(opened, ['nd-61-2018']);
  });
});

describe('renderExplanation: the time-aware note', () => {
  it('without an article date says only what applies today', () => {
    const content = render({ id: 'co-che-mot-cua' });
    assert.equal(content.querySelector('.time .then'), null);
    assert.match(text(content, '.time .now') ?? '', /^Hiện nay: .*118\/2025/);
    assert.doesNotMatch(text(content, '.time') ?? '', /61\/2018/);
  });

  it('when nothing changed since the article, says so once', () => {
    const content = render({ id: 'co-che-mot-cua' }, { articleDate: '2025-08-01' });
    assert.equal(content.querySelectorAll('.time p').length, 1);
    assert.match(text(content, '.time .now') ?? '', /^Từ khi bài viết được đăng \(01\/08\/2025\) đến nay: .*118\/2025/);
  });

  it('is left out for a term without a timeline', () => {
    assert.equal(render({ id: 'pci' }, { articleDate: '2020-05-25' }).querySelector('.time'), null);
  });
});

describe('renderExplanation: what the reader should be careful about', () => {
  it('a low-confidence entry shows the notice with its reason', () => {
    const notice = text(render({ id: 'bon-tai-cho' }), '.confidence') ?? '';
    assert.match(notice, /^Độ tin cậy: thấp\. /);
    assert.ok(notice.includes(entry('bon-tai-cho').confidenceNote?.vi ?? '?'));
  });

  it('a medium-confidence entry shows the notice; a high one only its caveat, if any', () => {
    const medium = [...entries.values()].find((e) => e.confidence === 'medium');
    assert.ok(medium);
    assert.match(text(render({ id: medium.id }), '.confidence') ?? '', /^Độ tin cậy: trung bình\./);
    const pci = render({ id: 'pci' });
    assert.equal(pci.querySelector('.confidence'), null);
    assert.equal(text(pci, '.caveat'), entry('pci').confidenceNote?.vi);
    assert.equal(render({ id: 'co-che-mot-cua' }).querySelector('.confidence, .caveat'), null);
  });

  it('marks an unverified legal fact as unverified, and only that one', () => {
    const content = render({ id: 'van-hoa-cong-so' });
    const unverified = entry('van-hoa-cong-so').legal.filter((basis) => !basis.verified);
    assert.ok(unverified.length > 0);
    const marked = [...content.querySelectorAll('.legal li.unverified')];
    assert.equal(marked.length, unverified.length);
    for (const item of marked) {
      assert.equal(text(item, '.unverified-badge'), 'Chưa kiểm chứng');
      assert.match(text(item, '.caveat') ?? '', /chưa được đối chiếu/);
    }
    assert.equal(
      content.querySelectorAll('.legal li:not(.unverified) .unverified-badge').length,
      0,
      'verified facts carry no badge',
    );
  });

  it("shows the matched form's note and the text as written", () => {
    const form = entry('chi-so-cchc-par-index').forms.find((f) => typeof f !== 'string' && f.note);
    assert.ok(form && typeof form !== 'string');
    const content = render({ id: 'chi-so-cchc-par-index', surface: form.text, note: form.note });
    assert.equal(text(content, '.note'), `⚠ ${form.note?.vi}`);
    assert.equal(text(content, '.as-written'), `Trong bài viết: “${form.text}”`);
  });

  it('does not repeat the text as written when it is the term or part of it', () => {
    assert.equal(render({ id: 'co-che-mot-cua', surface: 'Cơ chế một cửa' }).querySelector('.as-written'), null);
    assert.equal(text(render({ id: 'thu-tuc-hanh-chinh', surface: 'TTHC' }), '.as-written'), 'Trong bài viết: “TTHC”');
  });
});

describe('renderExplanation: citations', () => {
  it('an unknown "1234/QĐ-UBND" shows the number as written and what its type code means', () => {
    const content = render({
      id: 'qd-ubnd',
      surface: '1234/QĐ-UBND',
      citation: { type: 'QĐ', number: '1234', issuer: 'UBND', code: 'QĐ-UBND' },
    });
    const lines = [...content.querySelectorAll('.citation p')].map((p) => p.textContent);
    assert.deepEqual(lines.slice(0, 2), [
      'Số hiệu văn bản trong bài: 1234/QĐ-UBND',
      'Ký hiệu QĐ-UBND nghĩa là: Quyết định của UBND.',
    ]);
    assert.equal(content.querySelector('.as-written'), null);
  });

  it('a known document number shows the number, then the document itself', () => {
    const content = render({
      id: 'nd-61-2018',
      surface: '61/2018/NĐ-CP',
      citation: { type: 'NĐ', number: '61', year: '2018', issuer: 'CP', code: 'NĐ-CP' },
    });
    assert.deepEqual(
      [...content.querySelectorAll('.citation p')].map((p) => p.textContent),
      ['Số hiệu văn bản trong bài: 61/2018/NĐ-CP'],
    );
    assert.equal(text(content, '.category'), 'Văn bản pháp luật');
  });
});

describe('renderExplanation: safety and coverage', () => {
  it('keeps markup in data as text and links only web addresses', () => {
    const hostile: Entry = {
      ...entry('co-che-mot-cua'),
      id: 'hostile',
      term: '<img src=x onerror=alert(1)>',
      explanation: { vi: '<b>đậm</b><script>alert(1)</script>' },
      legal: [{ ...(entry('co-che-mot-cua').legal[0] as Entry['legal'][number]), source: 'javascript:alert(1)' }],
    };
    const content = renderExplanation(
      { entry: hostile, surface: '<i>x</i>' },
      { entries, articleDate: undefined, today: TODAY, lang: 'vi', t: translator('vi'), onRelated: () => {} },
    );
    assert.equal(content.querySelector('img, b, script, i'), null);
    assert.equal(text(content, 'h2'), '<img src=x onerror=alert(1)>');
    assert.equal(content.querySelector('.legal a'), null);
  });

  it('renders every glossary entry in both languages with a named heading', () => {
    for (const e of entries.values()) {
      for (const lang of ['vi', 'en'] as const) {
        const content = render({ id: e.id }, { lang, articleDate: '2020-05-25' });
        assert.equal(content.querySelector('#cchc-title')?.textContent, e.term, `${e.id} ${lang}`);
        assert.ok(text(content, '.category'), `${e.id} has a category name`);
      }
    }
  });

  it('builds no HTML from strings anywhere in the popup modules', () => {
    for (const file of ['render-explanation.ts', 'explanation-popup.ts', 'article-date.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser/, file);
    }
  });
});

describe('renderExplanation: the reader’s own terms', () => {
  const mine: Entry = {
    id: 'own-lai-chau',
    term: 'Lai Châu',
    category: 'local-government',
    forms: ['Lai Châu'],
    gloss: { vi: 'Lai Châu' },
    explanation: { vi: 'Một tỉnh miền núi phía Bắc.', en: 'A northern mountain province.' },
    legal: [],
    related: [],
    confidence: 'high',
    sources: ['https://laichau.gov.vn/', 'javascript:alert(1)'],
  };
  const renderOwn = (lang: 'vi' | 'en', entry = mine) =>
    renderExplanation(
      { entry },
      { entries, articleDate: undefined, today: TODAY, lang, t: translator(lang), onRelated: () => {} },
    );

  it('labels an own term, shows its explanation and links its web sources only', () => {
    const vi = renderOwn('vi');
    assert.equal(text(vi, '.category .own'), 'Thuật ngữ của bạn');
    assert.equal(text(vi, '.explanation'), 'Một tỉnh miền núi phía Bắc.');
    assert.deepEqual(
      [...vi.querySelectorAll('.own-sources a')].map((a) => a.getAttribute('href')),
      ['https://laichau.gov.vn/'],
    );
    assert.equal(vi.querySelector('.legal, .related, .confidence'), null);
    const en = renderOwn('en');
    assert.equal(text(en, '.category .own'), 'Your term');
    assert.equal(text(en, '.explanation'), 'A northern mountain province.');
  });

  it('names the last day a document applied, not the first day without force (glossary `until`)', () => {
    // 61/2018 applied from 21/06/2018 up to and including 30/06/2025; 118/2025 took over on 01/07/2025.
    assert.equal(entry('co-che-mot-cua').legal[0]?.until, '2025-07-01');
    const facts = (id: string, lang: 'vi' | 'en') => text(render({ id }, { lang }), '.legal li .facts');
    assert.equal(
      facts('co-che-mot-cua', 'en'),
      'Chính phủ · Issued: 23 April 2018 · In force: 21 June 2018 to 30 June 2025 inclusive',
    );
    // Only an end date in the glossary.
    assert.equal(entry('nd-107-2021').legal[0]?.effective, undefined);
    assert.equal(facts('nd-107-2021', 'vi'), 'Chính phủ · Ban hành: 06/12/2021 · Hiệu lực đến hết: 30/06/2025');
    assert.equal(
      facts('nd-107-2021', 'en'),
      'Chính phủ · Issued: 6 December 2021 · In force until: 30 June 2025 inclusive',
    );
  });

  it('shows no source line without a source, and no label on bundled entries', () => {
    assert.equal(renderOwn('vi', { ...mine, sources: [] }).querySelector('.own-sources'), null);
    assert.equal(render({ id: 'co-che-mot-cua' }).querySelector('.own, .own-sources'), null);
  });
});

describe('formatDate', () => {
  it('writes full and partial dates the way readers do', () => {
    assert.equal(formatDate('2018-04-23', 'vi'), '23/04/2018');
    assert.equal(formatDate('2018-04-23', 'en'), '23 April 2018');
    assert.equal(formatDate('2025-07', 'vi'), '07/2025');
    assert.equal(formatDate('2025-07', 'en'), 'July 2025');
    assert.equal(formatDate('2022', 'vi'), '2022');
    assert.equal(formatDate('2022', 'en'), '2022');
  });
});

describe('lastDayBefore', () => {
  it('steps back one day, across months, years and leap days', () => {
    assert.equal(lastDayBefore('2025-07-01'), '2025-06-30');
    assert.equal(lastDayBefore('2022-08-15'), '2022-08-14');
    assert.equal(lastDayBefore('2025-01-01'), '2024-12-31');
    assert.equal(lastDayBefore('2024-03-01'), '2024-02-29');
    assert.equal(lastDayBefore('2025-03-01'), '2025-02-28');
  });

  it('steps a partial date back by its own unit', () => {
    assert.equal(lastDayBefore('2025-07'), '2025-06');
    assert.equal(lastDayBefore('2025-01'), '2024-12');
    assert.equal(lastDayBefore('2021'), '2020');
  });
});
