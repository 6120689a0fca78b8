import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { compileGlossary } from '../glossary/compile-glossary.ts';
import type { TermMatch } from '../glossary/find-terms.ts';
import type { Entry } from '../glossary/types.ts';
import { toWire } from '../shared/found-terms-wire.ts';
import {
  answerBackgroundRequest,
  type BackgroundRequest,
  MAX_SELECTION,
  MAX_TEXT_TO_MATCH,
} from '../shared/messages-to-background.ts';
import { ownTermsKey } from '../shared/own-terms-key.ts';
import { glossaryMatcher } from '../shared/term-matcher.ts';
import { backgroundMatcher } from './background-matcher.ts';

const bundled = (glossaryFile as { entries: Entry[] }).entries;
const local = glossaryMatcher({ glossary: () => compileGlossary(bundled), entries: () => bundled });
const own: Entry = { ...(bundled[0] as Entry), id: 'own-x', forms: ['một từ riêng'], abbreviations: [] };

/** The background's side of the messages, in place: the requests go through their shape checks. */
function backgroundFake(failures = 0) {
  const sent: BackgroundRequest[] = [];
  let failing = failures;
  const send = (async (request: BackgroundRequest) => {
    sent.push(request);
    if (failing-- > 0) throw new Error('The message port closed before a response was received.');
    return answerBackgroundRequest(
      {
        'find-terms': async ({ text }: { text: string }) => toWire(await local.find(text)),
        'term-of-selection': async ({ text }: { text: string }) => ({ found: (await local.termOf(text)) ?? null }),
      } as never,
      request,
      { tabId: 1, frameId: 0 },
    );
  }) as Parameters<typeof backgroundMatcher>[0];
  return { send, sent };
}

describe('backgroundMatcher (the content script’s side)', () => {
  it('sends the text with the fingerprint of the own terms it was told of, and gives back the answer', async () => {
    const { send, sent } = backgroundFake();
    const matcher = backgroundMatcher(send);
    const text = 'Thủ tục hành chính tại UBND tỉnh, theo Nghị định 61/2018/NĐ-CP.';
    const found = await matcher.find(text);
    // What the matcher found in place, through the compact answer and back (the form aside).
    const direct = (await local.find(text)).matches.map((m) => {
      const { form: _form, ...rest } = m as TermMatch;
      return rest;
    });
    assert.deepEqual(found.matches, direct);
    assert.deepEqual(
      found.matches.map((m) => m.id),
      ['thu-tuc-hanh-chinh', 'ubnd', 'nd-cp'],
    );
    assert.ok(found.matches[2]?.citation, 'the citation comes across');
    assert.deepEqual(sent[0], { type: 'find-terms', text, own: '' });
    await matcher.useOwn([own]);
    await matcher.find('x');
    assert.equal((sent[1] as { own: string }).own, ownTermsKey([own]));
    assert.notEqual(ownTermsKey([own]), '');
  });

  it('asks once more when the background did not answer, and no more', async () => {
    const once = backgroundFake(1);
    assert.equal((await backgroundMatcher(once.send).find('UBND tỉnh')).matches[0]?.id, 'ubnd');
    assert.equal(once.sent.length, 2);
    const twice = backgroundFake(2);
    await assert.rejects(backgroundMatcher(twice.send).find('UBND tỉnh'), /port closed/);
    assert.equal(twice.sent.length, 2);
  });

  it('sends a text longer than one request may carry in pieces, offsets kept', async () => {
    const { send, sent } = backgroundFake();
    const filler = 'x '.repeat(MAX_TEXT_TO_MATCH / 2);
    const text = `${filler}UBND tỉnh ${filler}thủ tục hành chính`;
    const found = await backgroundMatcher(send).find(text);
    assert.equal(sent.length, 3);
    assert.deepEqual(
      found.matches.map((m) => [m.id, text.slice(m.start, m.end)]),
      [
        ['ubnd', 'UBND'],
        ['thu-tuc-hanh-chinh', 'thủ tục hành chính'],
      ],
    );
  });

  it('names a selection’s term, and nothing (undefined) for a look-alike', async () => {
    const matcher = backgroundMatcher(backgroundFake().send);
    assert.equal((await matcher.termOf('UBND'))?.term.id, 'ubnd');
    assert.equal(await matcher.termOf('một cửa hàng'), undefined);
    assert.equal(await matcher.termOf(`UBND ${'x'.repeat(MAX_SELECTION)}`), undefined, 'too long to ask about');
  });
});
