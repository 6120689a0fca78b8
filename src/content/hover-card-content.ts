import type { Entry } from '../glossary/types.ts';

/** What the card says about the term under the pointer. */
export interface HoverCardContent {
  /** The term's name in the explanation language. */
  term: string;
  /** Its name in the other language (the English gloss for a Vietnamese reader, the Vietnamese term for an English one). */
  gloss?: { text: string; lang: 'vi' | 'en' } | undefined;
  /** The explanation's first sentence, shortened. */
  summary?: string | undefined;
  /** The term is inside a link: a click on the term follows the link, so the card's button is the way in. */
  inLink: boolean;
  /** `lang` of the card's text (the explanation language). */
  lang: 'vi' | 'en';
  /** The reader's text size over the browser's font size (settings `textSize`); 1 when left out. */
  textScale?: number;
}

/**
 * What the page knows of the term under the pointer; the card (content-ui.js, on first use) makes its
 * text from it (`subjectContent`), so the content script carries none of that code (issue 12).
 */
export interface HoverSubject {
  /** The full entry; undefined when the explanations could not be loaded. */
  entry: Entry | undefined;
  /** The term's text on the page. */
  text: string;
  inLink: boolean;
  /** The explanation language. */
  lang: 'vi' | 'en';
  /** The reader's text size over the browser's font size (settings `textSize`). */
  textScale: number;
}

/** The card's text for what the page found under the pointer. */
export function subjectContent(subject: HoverSubject): HoverCardContent {
  const content = hoverCardContent(subject.entry, subject.text, subject.inLink, subject.lang);
  return { ...content, textScale: subject.textScale };
}

/** The longest summary, in characters: a preview, not the explanation. */
const SUMMARY_MAX = 180;

/** The first sentence of `text`, cut at a word before `SUMMARY_MAX` characters. */
export function firstSentence(text: string): string {
  const sentence = text.trim().split(/(?<=[.!?…])\s/u)[0] ?? '';
  if (sentence.length <= SUMMARY_MAX) return sentence;
  const cut = sentence.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX / 2)).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * The card's text for `entry` (undefined: the explanations could not be loaded; `surface`, the text on
 * the page, names it). A Vietnamese reader gets the term, its English gloss and the first sentence of the
 * explanation; an English reader the English gloss, the Vietnamese term and the English sentence.
 */
export function hoverCardContent(
  entry: Entry | undefined,
  surface: string,
  inLink: boolean,
  lang: 'vi' | 'en',
): HoverCardContent {
  if (!entry) return { term: surface, inLink, lang };
  const english = entry.gloss.en;
  const term = lang === 'en' && english ? english : entry.term;
  const other = lang === 'en' ? entry.term : english;
  const explanation = lang === 'en' ? entry.explanation.en || entry.explanation.vi : entry.explanation.vi;
  return {
    term,
    gloss: other && other !== term ? { text: other, lang: lang === 'en' ? 'vi' : 'en' } : undefined,
    summary: explanation ? firstSentence(explanation) : undefined,
    inLink,
    lang,
  };
}
