import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../glossary/bundled-documents.ts';
import type { Entry, GlossaryFile } from '../glossary/types.ts';
import { formatDate, lastDayBefore } from './explain-term.ts';
import type { MessageName } from './get-message.ts';
import { type ExplanationContext, type ExplanationInput, renderExplanation } from './render-explanation.ts';
import { translator as fromMessages, type Messages } from './translator.ts';

/** `browser.i18n.getMessage` over our locale files. */
function translator(locale: 'vi' | 'en'): (name: MessageName, substitutions?: string | string[]) => string {
  return fromMessages(
    JSON.parse(readFileSync(new URL(`../_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Messages,
  );
}

const entries = new Map((glossaryFile as GlossaryFile).entries.map((e) => [e.id, e]));
const entry = (id: string): Entry => entries.get(id) ?? assert.fail(`no entry ${id}`);
const documents = bundledDocuments();
const TODAY = '2026-12-06';

function render(
  input: Omit<ExplanationInput, 'entry'> & { id: string },
  context: Partial<ExplanationContext> = {},
): HTMLElement {
  const lang = context.lang ?? 'vi';
  return renderExplanation(
    { ...input, entry: entry(input.id) },
    {
      entries,
      documents,
      articleDate: undefined,
      today: TODAY,
      lang,
      t: translator(lang),
      onRelated: () => {},
      ...context,
    },
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

  it('lists the legal basis from the registry: dates, status today, and links to its sources in a new tab', () => {
    const content = render({ id: 'co-che-mot-cua' });
    const items = [...content.querySelectorAll('.legal li')];
    assert.equal(items.length, entry('co-che-mot-cua').legal.length);
    const first = items[0] as Element;
    // NĐ 118/2025/NĐ-CP: signed 9/6/2025, in force 1/7/2025 (hethongphapluat text, vneconomy), amended by NĐ 367/2025.
    assert.equal(text(first, '.document'), 'Nghị định 118/2025/NĐ-CP');
    assert.equal(text(first, '.facts'), 'Chính phủ · Ban hành: 09/06/2025 · Hiệu lực từ: 01/07/2025');
    assert.equal(
      text(first, '.status')?.startsWith('Đang có hiệu lực, đã được sửa đổi bởi Nghị định 367/2025/NĐ-CP'),
      true,
    );
    for (const [index, ref] of entry('co-che-mot-cua').legal.entries()) {
      const links = [...(items[index] as Element).querySelectorAll('a')];
      assert.deepEqual(
        links.map((a) => a.getAttribute('href')),
        documents.byId.get(ref.document)?.sources.map((s) => new URL(s.url).href),
      );
      for (const link of links) {
        assert.equal(link.getAttribute('target'), '_blank');
        assert.equal(link.getAttribute('rel'), 'noopener noreferrer');
        assert.match(link.textContent ?? '', /\(mở trong thẻ mới\)$/);
      }
    }
    assert.match(text(content, '.checked') ?? '', /^Thông tin pháp lý cập nhật đến 06\/12\/2026\.$/);
  });

  it('says where a document stood when the article was published, when that differs from today', () => {
    const content = render({ id: 'co-che-mot-cua' }, { articleDate: '2017-06-01' });
    const first = content.querySelector('.legal li') as Element;
    assert.equal(
      text(first, '.at-article'),
      'Khi bài viết được đăng: Văn bản chưa có hiệu lực (có hiệu lực từ 01/07/2025)',
    );
  });

  it('copies the explanation as text with its legal citations, and says so in a live region', async () => {
    const copied: string[] = [];
    const content = render(
      { id: 'co-che-mot-cua' },
      {
        onCopy: async (t) => {
          copied.push(t);
          return true;
        },
      },
    );
    const button = content.querySelector<HTMLButtonElement>('.tools button.copy');
    assert.ok(button, 'no copy button');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [copy] = copied;
    assert.ok(copy?.startsWith(entry('co-che-mot-cua').term), copy);
    assert.match(copy ?? '', /Nghị định 118\/2025\/NĐ-CP/);
    assert.equal(text(content, '.tools [role="status"]'), 'Đã sao chép');
    // The chips stay last, after the copy button, in reading and Tab order.
    assert.equal(content.lastElementChild?.className, 'related');
    // No copy function, no button.
    assert.equal(render({ id: 'co-che-mot-cua' }).querySelector('.copy'), null);
  });

  it('offers "don\u2019t highlight this term" for the reader\u2019s own press only', () => {
    const hidden: string[] = [];
    const content = render({ id: 'co-che-mot-cua' }, { onHide: (id) => hidden.push(id) });
    const button = content.querySelector<HTMLButtonElement>('.tools button.hide-term');
    assert.equal(button?.textContent, 'Không tô thuật ngữ này');
    // A script's click (untrusted, as every click in linkedom is) hides nothing: the e2e test presses it.
    button?.click();
    assert.deepEqual(hidden, []);
    assert.equal(render({ id: 'co-che-mot-cua' }).querySelector('.hide-term'), null, 'no callback, no button');
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
    const content = render({ id: 'co-che-mot-cua' }, { articleDate: '2026-02-01' });
    assert.equal(content.querySelectorAll('.time p').length, 1);
    assert.match(text(content, '.time .now') ?? '', /^Từ khi bài viết được đăng \(01\/02\/2026\) đến nay: .*118\/2025/);
  });

  it('is left out for a term without a timeline', () => {
    const plain = [...entries.values()].find((e) => !e.timeline && !e.documents);
    assert.ok(plain);
    assert.equal(render({ id: plain.id }, { articleDate: '2020-05-25' }).querySelector('.time'), null);
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
    const noted = [...entries.values()].find(
      (e) => e.confidence === 'high' && e.confidenceNote && e.legal.length === 0,
    );
    assert.ok(noted);
    const content = render({ id: noted.id });
    assert.equal(content.querySelector('.confidence'), null);
    assert.equal(text(content, '.caveat'), noted.confidenceNote?.vi);
    const sure = [...entries.values()].find(
      (e) => e.confidence === 'high' && !e.confidenceNote && e.legal.length === 0,
    );
    assert.ok(sure);
    assert.equal(render({ id: sure.id }).querySelector('.confidence, .caveat'), null);
  });

  it('marks a document with unconfirmed facts, names them, and puts “?” on each such value', () => {
    const withDoubt = [...entries.values()].find((e) =>
      e.legal.some((ref) => documents.byId.get(ref.document)?.unconfirmed?.includes('effective')),
    );
    assert.ok(withDoubt, 'some entry cites a document whose effective date is not confirmed');
    const content = render({ id: withDoubt.id });
    const marked = [...content.querySelectorAll('.legal li.unverified')];
    const doubtful = withDoubt.legal.filter((ref) => documents.byId.get(ref.document)?.unconfirmed);
    assert.equal(marked.length, doubtful.length);
    for (const item of marked) {
      assert.equal(text(item, '.unverified-badge'), 'Chưa xác nhận');
      assert.match(text(item, '.caveat') ?? '', /^Chưa đối chiếu được với nguồn tin cậy/);
    }
    assert.ok(
      marked.some((item) => /\(\?\)/.test(text(item, '.facts') ?? '')),
      'the doubtful date carries “?”',
    );
    assert.equal(content.querySelectorAll('.legal li:not(.unverified) .unverified-badge').length, 0);
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
    assert.deepEqual(lines.slice(0, 3), [
      'Số hiệu văn bản trong bài: 1234/QĐ-UBND',
      'Quyết định do Ủy ban nhân dân ban hành.',
      'Văn bản này chưa có trong bảng thuật ngữ; dưới đây là giải thích về loại văn bản.',
    ]);
    assert.deepEqual(
      [...content.querySelectorAll('.citation .lookups a')].map((a) => new URL(a.getAttribute('href') ?? '').hostname),
      ['vbpl.vn', 'thuvienphapluat.vn'],
    );
    assert.equal(content.querySelector('.related'), null, 'no unrelated terms under a number');
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
      legal: [{ document: 'x-2020-nd-cp' }],
    };
    const hostileDocument = {
      id: 'x-2020-nd-cp',
      type: 'nghi-dinh' as const,
      number: '<b>1/2020/NĐ-CP</b>',
      title: { vi: '<script>alert(1)</script>', en: '-' },
      issuer: { vi: 'Chính phủ', en: '-' },
      sources: [{ url: 'javascript:alert(1)', supports: '-' }],
    };
    const content = renderExplanation(
      { entry: hostile, surface: '<i>x</i>' },
      {
        entries,
        documents: { checked: '2026-12-06', byId: new Map([[hostileDocument.id, hostileDocument]]), byKey: new Map() },
        articleDate: undefined,
        today: TODAY,
        lang: 'vi',
        t: translator('vi'),
        onRelated: () => {},
      },
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
    for (const file of [
      'render-explanation.ts',
      '../content/explanation-popup.ts',
      '../content/article-date.ts',
      '../options/glossary-page.ts',
    ]) {
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
      { entries, documents, articleDate: undefined, today: TODAY, lang, t: translator(lang), onRelated: () => {} },
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

  it('names the last day a document applied, not the first day without force (registry `ended`)', () => {
    // QĐ 09/2015/QĐ-TTg applied until NĐ 61/2018 took over on 21/6/2018 (sotaichinh.binhduong.gov.vn).
    assert.equal(documents.byId.get('09-2015-qd-ttg')?.ended, '2018-06-21');
    const facts = (lang: 'vi' | 'en') =>
      text(render({ id: 'qd-09-2015-qd-ttg' }, { lang }), '.legal li .facts') ??
      text(render({ id: 'qd-09-2015-qd-ttg' }, { lang }), '.citation .facts');
    assert.match(facts('vi') ?? '', / – hết 20\/06\/2018$/);
    assert.match(facts('en') ?? '', / through 20 June 2018$/);
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

describe('renderExplanation: each thing said once under the title', () => {
  /** The words of a line, lower case, without punctuation or the "as written" label's quotes. */
  const words = (line: string) =>
    ` ${line
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .replace(/^trong bài viết:\s*/u, '')
      .replace(/[^\p{L}\p{N}/]+/gu, ' ')
      .trim()} `;
  const headerLines = (content: Element) =>
    ['.title', '.gloss', '.as-written'].flatMap((s) => {
      const line = text(content, s);
      return line ? [line] : [];
    });

  it('drops a gloss that is only another name of the term, and says how the page wrote it', () => {
    const content = render({ id: 'ban-chi-dao-cchc', surface: 'Ban Chỉ đạo CCHC' });
    assert.deepEqual(headerLines(content), [
      'Ban Chỉ đạo cải cách hành chính của Chính phủ',
      'Trong bài viết: “Ban Chỉ đạo CCHC”',
    ]);
  });

  it('keeps what a gloss adds to the title, without the title again', () => {
    assert.deepEqual(headerLines(render({ id: 'nq-68-tw-2025' })), ['Nghị quyết 68-NQ/TW', 'kinh tế tư nhân']);
  });

  it('says nothing of how the page wrote the term when the gloss already shows those words', () => {
    assert.deepEqual(headerLines(render({ id: 'chi-so-cchc-par-index', surface: 'Chỉ số CCHC' })), [
      'Chỉ số cải cách hành chính (PAR Index)',
      'Chỉ số CCHC (PAR Index)',
    ]);
  });

  it('never repeats a line’s words in a later line, for any term written in any of its forms', () => {
    const repeats: string[] = [];
    for (const e of entries.values()) {
      for (const form of [...e.forms, ...(e.abbreviations ?? [])]) {
        const surface = typeof form === 'string' ? form : form.text;
        const lines = headerLines(render({ id: e.id, surface })).map(words);
        lines.forEach((line, i) => {
          if (lines.slice(0, i).some((earlier) => earlier.includes(line))) repeats.push(`${e.id}: ${surface}`);
        });
      }
    }
    assert.deepEqual(repeats, []);
  });
});

describe('renderExplanation: "Report a mistake"', () => {
  // A made-up tracker: the project has no public tracker address yet, and without one there is no link.
  const report = {
    tracker: 'https://tracker.example.test/o/r/issues',
    page: 'https://vnexpress.net/a.html',
    version: '0.1.0',
  };

  it('links to a new issue with the term, the page and the version, opened only by the reader', () => {
    const content = render({ id: 'ubnd' }, { report });
    const a = content.querySelector<HTMLAnchorElement>('.tools a');
    assert.ok(a, 'no report link');
    assert.match(a.textContent ?? '', /^Báo lỗi/);
    assert.equal(a.target, '_blank');
    assert.equal(a.rel, 'noopener noreferrer');
    // The attribute: linkedom's `href` getter encodes the percent signs again.
    const url = new URL(a.getAttribute('href') ?? '');
    assert.equal(url.pathname, '/o/r/issues/new');
    assert.match(url.searchParams.get('body') ?? '', /ubnd[\s\S]*vnexpress\.net\/a\.html[\s\S]*0\.1\.0/);
  });

  it('offers no link without a tracker', () => {
    assert.equal(render({ id: 'ubnd' }, { report: { ...report, tracker: '' } }).querySelector('.tools a'), null);
    assert.equal(render({ id: 'ubnd' }).querySelector('.tools'), null);
  });
});
