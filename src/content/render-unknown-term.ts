import { createElement } from '../shared/create-element.ts';
import { TITLE_ID, type Translate } from '../shared/render-explanation.ts';

/** What the popup's content for an unknown selection is rendered with. */
export interface UnknownTermContext {
  t: Translate;
  /** The page's language (its `<html lang>`), which the quoted selection is in. */
  pageLang: string;
  /**
   * Offers to add the selection as an own term ("Add as my own term…"), called on the reader's own
   * click only; without it (a selection too long to be a term) the content asks for a shorter one.
   */
  onAdd: (() => void) | undefined;
}

/**
 * The explanation popup's content for a selection that names no known term ("Explain term" in the
 * context menu): the selection quoted as the heading (id `TITLE_ID`, focusable), says that the glossary
 * does not know it, and offers to add it as an own term, or asks for a shorter selection.
 */
export function renderUnknownTerm(text: string, ctx: UnknownTermContext): HTMLElement {
  // The quoted words are the page's (Vietnamese); the rest is the browser's language, whatever
  // language the explanations are in.
  const title = createElement('h2', { id: TITLE_ID, className: 'title', text: `“${text}”` });
  title.lang = ctx.pageLang;
  title.tabIndex = -1;
  const content = createElement('div', { className: 'explanation' }, title);
  content.lang = ctx.t('lang');
  content.append(createElement('p', { className: 'gloss', text: ctx.t('popupUnknown') }));
  const onAdd = ctx.onAdd;
  if (onAdd) {
    const add = createElement('button', { className: 'back add-own', text: ctx.t('popupAddOwn') });
    add.type = 'button';
    add.addEventListener('click', (event) => {
      // Only the reader's own click may open the options page (the closed shadow root is not the only guard).
      if (!event.isTrusted) return;
      onAdd();
    });
    content.append(add);
  } else {
    content.append(createElement('p', { className: 'caveat', text: ctx.t('popupSelectShorter') }));
  }
  return content;
}
