import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../glossary/types.ts';
import { firstSentence, hoverCardContent } from './hover-card-content.ts';

const entry = {
  id: 'thu-tuc-hanh-chinh',
  term: 'thủ tục hành chính',
  gloss: { vi: 'thủ tục hành chính', en: 'administrative procedure' },
  explanation: {
    vi: 'Trình tự, cách thức thực hiện. Câu thứ hai không hiện.',
    en: 'The steps a person follows. A second sentence.',
  },
} as unknown as Entry;

describe('hoverCardContent', () => {
  it('gives a Vietnamese reader the term, the English gloss and the first sentence', () => {
    assert.deepEqual(hoverCardContent(entry, 'TTHC', false, 'vi'), {
      term: 'thủ tục hành chính',
      gloss: { text: 'administrative procedure', lang: 'en' },
      summary: 'Trình tự, cách thức thực hiện.',
      inLink: false,
      lang: 'vi',
    });
  });

  it('gives an English reader the English gloss first and the Vietnamese term after it', () => {
    const content = hoverCardContent(entry, 'TTHC', true, 'en');
    assert.equal(content.term, 'administrative procedure');
    assert.deepEqual(content.gloss, { text: 'thủ tục hành chính', lang: 'vi' });
    assert.equal(content.summary, 'The steps a person follows.');
    assert.equal(content.inLink, true);
  });

  it('names the term as written when the explanations could not be loaded', () => {
    assert.deepEqual(hoverCardContent(undefined, 'TTHC', false, 'vi'), { term: 'TTHC', inLink: false, lang: 'vi' });
  });
});

describe('firstSentence', () => {
  it('keeps a short sentence whole and cuts a long one at a word', () => {
    assert.equal(firstSentence('Một câu. Hai câu.'), 'Một câu.');
    const long = `${'từ '.repeat(100)}cuối.`;
    const cut = firstSentence(long);
    assert.ok(cut.length <= 181 && cut.endsWith(' từ…'), cut);
  });
});
