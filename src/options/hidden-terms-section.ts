import readPacked from 'cchc:packed-glossary';
import { changeListSetting } from '../shared/change-list-setting.ts';
import { createElement } from '../shared/create-element.ts';
import { getMessage } from '../shared/get-message.ts';
import { loadOwnTerms } from '../shared/own-terms-storage.ts';
import type { Settings } from '../shared/settings-values.ts';

// Term names only (the matching data): the options page needs no explanations.
const bundledNames = new Map(readPacked().entries.map(([id, term]) => [id, term]));

/** Hides entry `id` from the page highlights, or shows it again: read, changed and stored at once. */
export async function setTermHidden(id: string, hidden: boolean): Promise<void> {
  await changeListSetting('hiddenTerms', id, hidden);
}

/**
 * "Terms not highlighted": the terms the reader hid from an explanation ("Don't highlight this term"),
 * each with a button that highlights it again. `render` follows every settings change.
 */
export function hiddenTermsSection(): { element: HTMLElement; render(settings: Settings): Promise<void> } {
  const list = createElement('ul', { id: 'hidden-terms-list', className: 'sites' });
  const element = createElement(
    'section',
    { className: 'settings', id: 'hidden-terms' },
    createElement('h2', { text: getMessage('optionsHiddenTerms') }),
    list,
  );
  async function render(settings: Settings): Promise<void> {
    if (settings.hiddenTerms.length === 0) {
      list.replaceChildren(createElement('li', { className: 'empty', text: getMessage('hiddenTermsNone') }));
      return;
    }
    const own = new Map((await loadOwnTerms().catch(() => ({ entries: [] }))).entries.map((e) => [e.id, e.term]));
    list.replaceChildren(
      ...settings.hiddenTerms.map((id) => {
        // An own term deleted since is still listed by its id, so the reader can clear it.
        const name = bundledNames.get(id) ?? own.get(id) ?? id;
        const show = createElement('button', { text: getMessage('hiddenTermShow') });
        show.type = 'button';
        show.setAttribute('aria-label', getMessage('hiddenTermShowLabel', name));
        show.addEventListener('click', () => void setTermHidden(id, false));
        const item = createElement('li', {}, createElement('span', { className: 'host', text: name }), show);
        item.dataset.id = id;
        return item;
      }),
    );
  }
  return { element, render };
}
