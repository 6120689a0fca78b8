// The glossary page: every term, searchable and offline, with the explanation the popup gives (one model,
// shared/explain-term.ts) and its "when / now" note for a date the reader picks.
import documentsFile from '../../data/documents.json';
import glossaryFile from '../../data/glossary.json';
import { indexDocuments } from '../glossary/document-registry.ts';
import type { DocumentRegistry, Entry } from '../glossary/types.ts';
import { categoryNames } from '../shared/categories.ts';
import { categorySwatch } from '../shared/category-swatch.ts';
import { createElement } from '../shared/create-element.ts';
import { type Explanation, explainTerm } from '../shared/explain-term.ts';
import { formText } from '../shared/form-text.ts';
import { getMessage } from '../shared/get-message.ts';
import { loadSettings } from '../shared/settings.ts';

const entries = (glossaryFile as { entries: Entry[] }).entries;
const byId = new Map(entries.map((e) => [e.id, e]));
const documents = indexDocuments(documentsFile as DocumentRegistry);

document.documentElement.lang = getMessage('lang');
document.title = `${getMessage('glossaryTitle')} – ${getMessage('extName')}`;

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

function renderModel(model: Explanation): Node[] {
  const nodes: Node[] = [
    createElement('p', { className: 'muted', text: model.category }),
    createElement('h2', { id: 'detail-title', text: model.title }),
  ];
  if (model.gloss) nodes.push(createElement('p', { className: 'gloss', text: model.gloss }));
  if (model.text) nodes.push(createElement('p', { className: 'explanation', text: model.text }));
  if (model.time) {
    nodes.push(
      createElement(
        'section',
        { className: 'time' },
        createElement('h3', { text: model.time.heading }),
        ...model.time.lines.map((line) =>
          createElement(
            'p',
            { className: line.kind },
            createElement('strong', { text: line.label }),
            document.createTextNode(` ${line.text}`),
          ),
        ),
      ),
    );
  }
  if (model.confidence) nodes.push(createElement('p', { className: 'muted', text: model.confidence.text }));
  if (model.legal) {
    nodes.push(
      createElement('h3', { text: model.legal.heading }),
      createElement(
        'ul',
        {},
        ...model.legal.items.map((d) =>
          createElement(
            'li',
            {},
            createElement('strong', { text: d.label }),
            document.createTextNode(`${d.article ? `, ${d.article}` : ''}: ${d.title}. ${d.facts}. ${d.status}`),
          ),
        ),
      ),
    );
  }
  if (model.checked) nodes.push(createElement('p', { className: 'muted', text: model.checked }));
  return nodes;
}

function show(id: string): void {
  const entry = byId.get(id);
  if (!entry) return;
  shownId = id;
  const model = explainTerm(
    { entry },
    { entries: byId, documents, articleDate: date.value || undefined, today: isoToday(), lang, t: getMessage },
  );
  detail.replaceChildren(...renderModel(model));
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

void loadSettings().then((settings) => {
  lang = settings.explanationLanguage;
  renderList();
  const first = location.hash.slice(1);
  show(byId.has(first) ? first : (entries[0]?.id ?? ''));
  document.body.dataset.ready = '1';
});
