// The glossary page: every term, searchable and offline, with the explanation the popup gives (one model,
// shared/explain-term.ts) and its "when / now" note for a date the reader picks.
import documentsFile from '../../data/documents.json';
import glossaryFile from '../../data/glossary.json';
import { indexDocuments } from '../glossary/document-registry.ts';
import type { DocumentRegistry, Entry } from '../glossary/types.ts';
import { buildInfo } from '../shared/build-info.ts';
import { categoryNames } from '../shared/categories.ts';
import { categorySwatch } from '../shared/category-swatch.ts';
import { createElement } from '../shared/create-element.ts';
import { followTextSize } from '../shared/follow-text-size.ts';
import { formText } from '../shared/form-text.ts';
import { getMessage } from '../shared/get-message.ts';
import { renderExplanation } from '../shared/render-explanation.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings.ts';
import type { Settings } from '../shared/settings-values.ts';
import { setTermHidden } from './hidden-terms-section.ts';

const entries = (glossaryFile as { entries: Entry[] }).entries;
const byId = new Map(entries.map((e) => [e.id, e]));
const documents = indexDocuments(documentsFile as DocumentRegistry);

document.documentElement.lang = getMessage('lang');
document.title = `${getMessage('glossaryTitle')} – ${getMessage('extName')}`;
void followTextSize();

function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Lower case without tone marks, so "thu tuc" finds "thủ tục" (a search box, not the matcher). */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const search = createElement('input', { id: 'search' });
search.type = 'search';
const date = createElement('input', { id: 'date' });
date.type = 'date';
date.value = isoToday();
const count = createElement('p', { id: 'count', className: 'muted' });
count.setAttribute('role', 'status');
const list = createElement('ul', { id: 'glossary-list', className: 'terms' });
const detail = createElement('section', { id: 'detail' });
detail.setAttribute('aria-live', 'polite');

const label = (text: string, input: HTMLInputElement) =>
  createElement('label', {}, createElement('span', { text }), input);

document
  .getElementById('app')
  ?.append(
    createElement('h1', { text: getMessage('glossaryTitle') }),
    createElement('p', { text: getMessage('glossaryIntro') }),
    createElement(
      'div',
      { className: 'controls' },
      label(getMessage('glossarySearch'), search),
      label(getMessage('glossaryDate'), date),
    ),
    count,
    createElement('div', { className: 'layout' }, createElement('nav', {}, list), detail),
  );
list.parentElement?.setAttribute('aria-label', getMessage('glossaryTitle'));

let lang: 'vi' | 'en' = 'vi';
let shownId: string | undefined;
let hiddenTerms = new Set<string>();

/** Whether the term is highlighted on pages, and the switch that changes it (Settings.hiddenTerms). */
function hiddenSwitch(id: string): HTMLElement {
  const hidden = hiddenTerms.has(id);
  const button = createElement('button', {
    id: 'hide-term',
    text: getMessage(hidden ? 'hiddenTermShow' : 'popupHideTerm'),
  });
  button.type = 'button';
  button.addEventListener('click', () => void setTermHidden(id, !hidden));
  const box = createElement('p', { className: 'hidden-switch' });
  if (hidden) box.append(createElement('span', { text: `${getMessage('glossaryTermHidden')} ` }));
  box.append(button);
  return box;
}

function show(id: string): void {
  const entry = byId.get(id);
  if (!entry) return;
  shownId = id;
  // The popup's renderer (shared/render-explanation.ts): one explanation, the same on the page and here.
  const content = renderExplanation(
    { entry },
    {
      entries: byId,
      documents,
      articleDate: date.value || undefined,
      today: isoToday(),
      lang,
      t: getMessage,
      report: buildInfo.bugsUrl ? { tracker: buildInfo.bugsUrl, version: buildInfo.version } : undefined,
      onRelated: (related) => {
        show(related);
        detail.querySelector<HTMLElement>('h2')?.focus();
      },
    },
  );
  detail.replaceChildren(content, hiddenSwitch(id));
  detail.dataset.entry = id;
  for (const button of list.querySelectorAll<HTMLButtonElement>('button')) {
    button.setAttribute('aria-current', String(button.dataset.id === id));
  }
}

function renderList(): void {
  const query = folded(search.value.trim());
  const found = entries.filter(
    (e) =>
      !query ||
      [e.term, e.gloss.vi, e.gloss.en ?? '', ...[...e.forms, ...(e.abbreviations ?? [])].map(formText)].some((t) =>
        folded(t).includes(query),
      ),
  );
  count.textContent = getMessage('glossaryCount', String(found.length));
  list.replaceChildren(
    ...found.map((e) => {
      const button = createElement('button', {}, categorySwatch(e.category), document.createTextNode(` ${e.term}`));
      button.type = 'button';
      button.dataset.id = e.id;
      button.title = getMessage(categoryNames[e.category]);
      if (lang === 'en') button.append(createElement('span', { className: 'gloss', text: ` – ${e.gloss.en}` }));
      button.addEventListener('click', () => show(e.id));
      return createElement('li', {}, button);
    }),
  );
}

search.addEventListener('input', renderList);
date.addEventListener('change', () => {
  if (shownId) show(shownId);
});

onSettingsChanged((settings: Settings) => {
  hiddenTerms = new Set(settings.hiddenTerms);
  // The switch is built again: the reader who pressed it keeps their place on it.
  const onSwitch = document.activeElement?.id === 'hide-term';
  if (shownId) show(shownId);
  if (onSwitch) document.getElementById('hide-term')?.focus();
});

void loadSettings().then((settings) => {
  lang = settings.explanationLanguage;
  hiddenTerms = new Set(settings.hiddenTerms);
  renderList();
  const first = location.hash.slice(1);
  show(byId.has(first) ? first : (entries[0]?.id ?? ''));
  document.body.dataset.ready = '1';
});
