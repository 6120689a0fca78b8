import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { compileGlossary } from '../glossary/compile-glossary.ts';
import type { Entry } from '../glossary/types.ts';
import type { OccurrenceRule } from '../shared/everyday-terms.ts';
import { glossaryMatcher } from '../shared/term-matcher.ts';
import { fakePage } from './fake-page.ts';
import type { Highlighter } from './highlight-terms.ts';
import { PageScanner } from './scan-page.ts';
import type { TermHit } from './term-hit.ts';
import { wrappingHighlighter } from './wrapping-highlighter.ts';

const bundled = (glossaryFile as { entries: Entry[] }).entries;
const entries = new Map<string, Entry>();
const glossary = compileGlossary(bundled);
/** The background's matcher, run in place. */
const matcher = glossaryMatcher({ glossary: () => glossary, entries: () => bundled });

/** A highlighter that only records what is drawn. */
function recorder(): Highlighter & { drawn: Set<TermHit> } {
  const drawn = new Set<TermHit>();
  return {
    drawn,
    splitsText: false,
    draw: (hits) => {
      for (const h of hits) drawn.add(h);
    },
    clear: (hits) => {
      for (const h of hits) drawn.delete(h);
    },
    setCurrent() {},
    rectsOf: () => [],
    elementOf: () => null,
    hitAt: () => undefined,
    setLook() {},
    destroy() {},
  };
}

/** Two terms; the first spans two text nodes. */
const TERMS = 'Người dân làm thủ tục <b>hành chính</b> qua dịch vụ công trực tuyến';

function page(paragraphs: number, sections = 1): Document {
  const section = (s: number) =>
    `<section id="s${s}">${Array.from({ length: paragraphs }, (_, i) => `<p>${s}.${i} ${TERMS}.</p>`).join('')}</section>`;
  return fakePage(
    `<!doctype html><html><body><article>${Array.from({ length: sections }, (_, s) => section(s)).join('')}</article></body></html>`,
  ).document;
}

function scanner(
  doc: Document,
  highlighter: Highlighter,
  occurrences: OccurrenceRule = 'all',
  sliceMs?: number,
): PageScanner {
  const root = doc.querySelector('article') as Element;
  return new PageScanner(root, {
    matcher,
    entries,
    highlighter,
    occurrences,
    ...(sliceMs === undefined ? {} : { sliceMs }),
  });
}

describe('PageScanner', () => {
  it('finds and draws every term, in document order, and indexes them by text node', async () => {
    const doc = page(3);
    const drawing = recorder();
    const s = scanner(doc, drawing);
    const stats = await s.scanAll();
    assert.ok(stats);
    assert.equal(stats.blocks, 3);
    const hits = s.hitsInOrder();
    assert.deepEqual(
      hits.map((h) => h.id),
      [1, 2, 3].flatMap(() => ['thu-tuc-hanh-chinh', 'dich-vu-cong-truc-tuyen']),
    );
    assert.equal(drawing.drawn.size, 6);
    const first = hits[0] as TermHit;
    assert.equal(first.text, 'thủ tục hành chính');
    assert.deepEqual(s.hitsOfNode(first.range.startContainer as Text).slice(0, 1), [first]);
  });

  it('turns a rescan of more than 150 containers into a full scan', async () => {
    const doc = page(200);
    const s = scanner(doc, recorder());
    await s.scanAll();
    const paragraphs = [...doc.querySelectorAll('p')];
    const few = await s.rescan(paragraphs.slice(0, 2).map((p) => p.firstChild as Node));
    assert.ok(few);
    assert.equal(few.blocks, 2);
    const many = await s.rescan(paragraphs.slice(0, 151).map((p) => p.firstChild as Node));
    assert.ok(many);
    assert.equal(many.blocks, 200, 'every block scanned again');
    assert.equal(s.hitsInOrder().length, 400);
  });

  it('lets a newer full scan cancel an older one still running', async () => {
    // Over CHARS_PER_CALL (40,000) characters with no time to spare: the scan yields between batches.
    const doc = page(400);
    const s = scanner(doc, recorder(), 'all', 0);
    const older = s.scanAll();
    const newer = s.scanAll();
    assert.equal(await older, false);
    const stats = await newer;
    assert.ok(stats);
    assert.equal(s.hitsInOrder().length, 800, 'no hit twice');
  });

  it('drops the hits under a removed element, and undraws them', async () => {
    const doc = page(2, 2);
    const drawing = recorder();
    const s = scanner(doc, drawing);
    await s.scanAll();
    assert.equal(s.hitsInOrder().length, 8);
    const removed = doc.getElementById('s0') as Element;
    const gone = s.hitsInOrder().filter((h) => removed.contains(h.block.container));
    removed.remove();
    await s.rescan([], [removed]);
    assert.equal(s.hitsInOrder().length, 4);
    assert.ok(s.hitsInOrder().every((h) => !removed.contains(h.block.container)));
    assert.ok(gone.every((h) => !drawing.drawn.has(h) && !s.isShown(h)));
  });

  it('shows only the first occurrence of each term with first-only, and wraps only those', async () => {
    const doc = page(3);
    const drawing = wrappingHighlighter(doc, (change) => change());
    const s = scanner(doc, drawing, 'first');
    await s.scanAll();
    assert.equal(s.hitsInOrder().length, 6, 'every occurrence is indexed');
    assert.equal(s.hitsInOrder().filter((h) => s.isShown(h)).length, 2);
    const wrapped = [...doc.querySelectorAll('cchc-term')].map((e) => e.getAttribute('data-cchc-id'));
    // The first term spans two text nodes ("thủ tục ", "hành chính" in <b>): one wrapper in each.
    assert.deepEqual(wrapped, ['thu-tuc-hanh-chinh', 'thu-tuc-hanh-chinh', 'dich-vu-cong-truc-tuyen']);
    // Wrapping split the text: a rescan in first-only mode scans everything afresh.
    const stats = await s.rescan([doc.querySelectorAll('p')[2] as Node]);
    assert.ok(stats);
    assert.equal(stats.blocks, 3);
    assert.equal(doc.querySelectorAll('cchc-term').length, 3);
  });

  it('draws everyday terms once and the others each time by default, and every one with "all"', async () => {
    const doc = fakePage(
      `<!doctype html><html><body><article>${'<p>UBND tỉnh giảm thủ tục hành chính.</p>'.repeat(3)}</article></body></html>`,
    ).document;
    const drawing = recorder();
    const s = scanner(doc, drawing, 'everyday-once');
    await s.scanAll();
    const shown = () =>
      s
        .hitsInOrder()
        .filter((h) => s.isShown(h))
        .map((h) => h.id);
    assert.deepEqual(shown(), ['ubnd', 'thu-tuc-hanh-chinh', 'thu-tuc-hanh-chinh', 'thu-tuc-hanh-chinh']);
    s.setOccurrences('all');
    assert.equal(shown().filter((id) => id === 'ubnd').length, 3);
    assert.equal(drawing.drawn.size, 6);
    s.setOccurrences('everyday-once');
    assert.equal(drawing.drawn.size, 4);
    // A paragraph added later: its UBND is not the first any more.
    const added = doc.createElement('p');
    added.textContent = 'UBND tỉnh tiếp nhận hồ sơ.';
    doc.querySelector('article')?.prepend(added);
    await s.rescan([added]);
    const ubnd = s.hitsInOrder().filter((h) => s.isShown(h) && h.id === 'ubnd');
    assert.deepEqual(
      ubnd.map((h) => h.block.text),
      ['UBND tỉnh tiếp nhận hồ sơ.'],
    );
  });

  it("matches the blocks in view first, but their first occurrences stay the document order's", async () => {
    // 400 paragraphs of filler; "UBND" (an everyday term, drawn once) first appears in paragraph 200,
    // and again in paragraph 350, which is "in view" and matched ahead of the walk. The walk's first
    // batch (40,000 characters) ends long before paragraph 200.
    const filler = 'Buổi sáng người dân đến nộp hồ sơ tại trụ sở và chờ đến lượt được tiếp nhận.';
    const text = (i: number) =>
      i === 200 || i === 350 ? `${i} UBND tỉnh giảm thủ tục hành chính.` : `${i} ${filler.repeat(4)}`;
    const html = `<!doctype html><html><body><article>${Array.from(
      { length: 400 },
      (_, i) => `<p id="p${i}">${text(i)}</p>`,
    ).join('')}</article></body></html>`;
    const scanWith = async (occurrences: OccurrenceRule, inView: boolean) => {
      const doc = fakePage(html).document;
      const article = doc.querySelector('article') as Element;
      const everDrawn: TermHit[] = [];
      const drawing = recorder();
      const draw = drawing.draw;
      drawing.draw = (hits) => {
        everDrawn.push(...hits);
        draw(hits);
      };
      const s = new PageScanner(article, {
        matcher,
        entries,
        highlighter: drawing,
        occurrences,
        sliceMs: 0,
        firstInView: async () => (inView ? [doc.getElementById('p350') as Element] : []),
      });
      const stats = await s.scanAll();
      const where = (h: TermHit) => `${h.id}@${h.block.container.id}`;
      return {
        stats,
        drawnOrder: everDrawn.map(where),
        shown: s
          .hitsInOrder()
          .filter((h) => s.isShown(h))
          .map(where),
        all: s.hitsInOrder().map(where),
        drawn: [...drawing.drawn].map(where).sort(),
      };
    };
    for (const rule of ['everyday-once', 'first', 'all'] as const) {
      const inOrder = await scanWith(rule, false);
      const viewFirst = await scanWith(rule, true);
      // The same result as the walk in document order: hits, their order, what is shown and drawn.
      assert.deepEqual(viewFirst.all, inOrder.all, rule);
      assert.deepEqual(viewFirst.shown, inOrder.shown, rule);
      assert.deepEqual(viewFirst.drawn, inOrder.drawn, rule);
      assert.equal((viewFirst.stats || { hits: -1 }).hits, (inOrder.stats || { hits: -2 }).hits, rule);
      // Never drawn, not even for a while: the in-view UBND is not the first one.
      if (rule !== 'all')
        assert.ok(!viewFirst.drawnOrder.includes('ubnd@p350'), `${rule}: ${viewFirst.drawnOrder.join(' ')}`);
      // It was matched ahead: a term of paragraph 350 drawn before any of paragraph 200.
      if (rule !== 'first') {
        assert.ok(
          viewFirst.drawnOrder.indexOf('thu-tuc-hanh-chinh@p350') < viewFirst.drawnOrder.indexOf('ubnd@p200'),
          `${rule}: ${viewFirst.drawnOrder.join(' ')}`,
        );
      }
    }
    const everyday = await scanWith('everyday-once', true);
    assert.deepEqual(everyday.shown, ['ubnd@p200', 'thu-tuc-hanh-chinh@p200', 'thu-tuc-hanh-chinh@p350']);
  });

  it('does not match ahead when drawing wraps text (the walk would meet other text nodes)', async () => {
    const doc = page(3);
    let asked = 0;
    const s = new PageScanner(doc.querySelector('article') as Element, {
      matcher,
      entries,
      highlighter: wrappingHighlighter(doc, (change) => change()),
      occurrences: 'everyday-once',
      firstInView: async () => {
        asked++;
        return [doc.querySelector('p') as Element];
      },
    });
    await s.scanAll();
    assert.equal(asked, 0);
    assert.equal(s.hitsInOrder().length, 6);
  });

  it('clears everything and stops on clear()', async () => {
    const doc = page(2);
    const drawing = recorder();
    const s = scanner(doc, drawing);
    await s.scanAll();
    s.clear();
    assert.equal(s.hitsInOrder().length, 0);
    assert.equal(drawing.drawn.size, 0);
  });
});
