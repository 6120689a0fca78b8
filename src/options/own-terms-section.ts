import type { Category, Entry } from '../glossary/types.ts';
import { categories, categoryNames } from '../shared/categories.ts';
import { checkOwnEntries, type OwnTermProblem } from '../shared/check-own-entries.ts';
import { createElement } from '../shared/create-element.ts';
import { getMessage, type MessageName } from '../shared/get-message.ts';
import { entryFromFields, fieldsOfEntry, ownIdFor } from '../shared/own-term-fields.ts';
import { exportOwnTerms, importOwnTerms } from '../shared/own-terms-file.ts';
import { loadOwnTerms, onOwnTermsChanged, saveOwnTerms } from '../shared/own-terms-storage.ts';

/** Problems listed at once; the rest are counted. */
const SHOWN_PROBLEMS = 20;
const EXPORT_FILE = 'thuat-ngu-cua-toi.json';

function field<T extends HTMLElement>(id: string, label: MessageName, control: T, hint?: MessageName): HTMLElement {
  control.id = id;
  const labelled = createElement('label', { text: getMessage(label) });
  labelled.htmlFor = id;
  const row = createElement('div', { className: 'field' }, labelled, control);
  if (hint) {
    const help = createElement('p', { id: `${id}-hint`, className: 'hint', text: getMessage(hint) });
    control.setAttribute('aria-describedby', help.id);
    row.append(help);
  }
  return row;
}

function button(id: string, label: MessageName, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  const b = createElement('button', { id, text: getMessage(label) });
  b.type = type;
  return b;
}

function problemText(problem: OwnTermProblem, where?: string): string {
  return getMessage('ownProblem', [
    where ?? (problem.where === 'file' ? getMessage('ownWhereFile') : problem.where),
    problem.field || '—',
    getMessage(problem.reason, problem.detail),
  ]);
}

/**
 * The reader's own terms on the options page: the list (edit, delete), the editor, and import and
 * export as a JSON file in the glossary's schema. Every change reads the stored list afresh, checks the
 * whole new list, and stores it in one write; a refused import or edit stores nothing.
 */
export function ownTermsSection(): {
  element: HTMLElement;
  start(): Promise<void>;
  /** Starts a new own term named `name` (the context menu's "add as own term"), focused for the rest. */
  prefill(name: string): void;
} {
  const notice = createElement('p', { id: 'own-notice', className: 'notice' });
  notice.hidden = true;
  const list = createElement('ul', { id: 'own-terms-list', className: 'own-list' });

  const term = createElement('input');
  term.type = 'text';
  term.required = true;
  const forms = createElement('textarea');
  forms.rows = 3;
  const explanation = createElement('textarea');
  explanation.rows = 3;
  explanation.required = true;
  const explanationEn = createElement('textarea');
  explanationEn.rows = 2;
  const source = createElement('input');
  source.type = 'url';
  source.placeholder = 'https://';
  const category = createElement(
    'select',
    {},
    ...categories.map((c) => {
      const option = createElement('option', { text: getMessage(categoryNames[c]) });
      option.value = c;
      return option;
    }),
  );
  const save = button('own-save', 'ownTermAdd', 'submit');
  const cancel = button('own-cancel', 'ownTermCancel');
  cancel.hidden = true;
  const editor = createElement(
    'form',
    { id: 'own-term-form', className: 'own-editor' },
    field('own-term', 'ownFieldTerm', term),
    field('own-forms', 'ownFieldForms', forms, 'ownFieldFormsHint'),
    field('own-explanation', 'ownFieldExplanation', explanation),
    field('own-explanation-en', 'ownFieldExplanationEn', explanationEn),
    field('own-source', 'ownFieldSource', source),
    field('own-category', 'ownFieldCategory', category),
    createElement('div', { className: 'buttons' }, save, cancel),
  );
  // The browser's own checks would stop the submit with its own bubbles; ours name the problem.
  editor.noValidate = true;

  const exportButton = button('own-export', 'ownExport');
  const importButton = button('own-import-button', 'ownImport');
  const importInput = createElement('input', { id: 'own-import' });
  importInput.type = 'file';
  importInput.accept = '.json,application/json';
  importInput.hidden = true;
  const status = createElement('p', { id: 'own-status', className: 'status' });
  status.setAttribute('role', 'status');
  const errors = createElement('div', { id: 'own-errors', className: 'errors' });
  errors.setAttribute('role', 'alert');

  let editing: string | undefined;

  function say(text: string): void {
    errors.replaceChildren();
    status.textContent = text;
  }

  function fail(headline: string, lines: string[]): void {
    status.textContent = '';
    const shown = lines.slice(0, SHOWN_PROBLEMS);
    if (lines.length > shown.length) shown.push(getMessage('ownProblemsMore', String(lines.length - shown.length)));
    errors.replaceChildren(
      createElement('p', { text: headline }),
      createElement('ul', {}, ...shown.map((line) => createElement('li', { text: line }))),
    );
  }

  function edit(entry: Entry | undefined): void {
    editing = entry?.id;
    const fields = entry ? fieldsOfEntry(entry) : undefined;
    term.value = fields?.term ?? '';
    forms.value = fields?.forms.join('\n') ?? '';
    explanation.value = fields?.explanation ?? '';
    explanationEn.value = fields?.explanationEn ?? '';
    source.value = fields?.source ?? '';
    category.value = fields?.category ?? (categories[0] as Category);
    save.textContent = getMessage(entry ? 'ownTermSave' : 'ownTermAdd');
    cancel.hidden = !entry;
    editor.dataset.editing = entry?.id ?? '';
    if (entry) term.focus();
  }

  function render(entries: readonly Entry[]): void {
    exportButton.disabled = entries.length === 0;
    if (entries.length === 0) {
      list.replaceChildren(createElement('li', { className: 'empty', text: getMessage('ownTermsNone') }));
      return;
    }
    list.replaceChildren(
      ...entries.map((entry) => {
        const editButton = createElement('button', { text: getMessage('ownTermEdit') });
        editButton.type = 'button';
        editButton.className = 'edit';
        editButton.setAttribute('aria-label', getMessage('ownTermEditLabel', entry.term));
        editButton.addEventListener('click', () => edit(entry));
        const deleteButton = createElement('button', { text: getMessage('ownTermDelete') });
        deleteButton.type = 'button';
        deleteButton.className = 'delete';
        deleteButton.setAttribute('aria-label', getMessage('ownTermDeleteLabel', entry.term));
        deleteButton.addEventListener('click', () => void remove(entry.id, entry.term));
        const item = createElement(
          'li',
          {},
          createElement(
            'span',
            { className: 'own-name' },
            createElement('span', { className: 'term', text: entry.term }),
            createElement('span', { className: 'hint', text: ` · ${getMessage(categoryNames[entry.category])}` }),
          ),
          createElement('span', { className: 'buttons' }, editButton, deleteButton),
        );
        item.dataset.id = entry.id;
        return item;
      }),
    );
  }

  async function submit(): Promise<void> {
    const { entries: now } = await loadOwnTerms();
    const id =
      editing && now.some((e) => e.id === editing) ? editing : ownIdFor(term.value, new Set(now.map((e) => e.id)));
    const entry = entryFromFields(id, {
      term: term.value,
      forms: forms.value.split('\n'),
      explanation: explanation.value,
      explanationEn: explanationEn.value,
      source: source.value,
      category: category.value as Category,
    });
    const others = now.filter((e) => e.id !== id);
    const problems = checkOwnEntries([entry], others);
    if (problems.length > 0) {
      fail(
        getMessage('ownTermNotSaved'),
        problems.map((p) => problemText(p, entry.term || '—')),
      );
      return;
    }
    const replaced = now.some((e) => e.id === id);
    await saveOwnTerms(replaced ? now.map((e) => (e.id === id ? entry : e)) : [...now, entry]);
    edit(undefined);
    say(getMessage(replaced ? 'ownTermUpdated' : 'ownTermAdded', entry.term));
  }

  async function remove(id: string, name: string): Promise<void> {
    const { entries: now } = await loadOwnTerms();
    await saveOwnTerms(now.filter((e) => e.id !== id));
    if (editing === id) edit(undefined);
    say(getMessage('ownTermDeleted', name));
  }

  async function importFile(file: File): Promise<void> {
    const text = await file.text();
    const { entries: now } = await loadOwnTerms();
    const result = importOwnTerms(text, now);
    if (!result.ok) {
      const headline = getMessage('ownImportFailed', file.name);
      if ('notJson' in result) {
        const place = result.notJson;
        fail(headline, [
          place
            ? getMessage('ownNotJson', [String(place.line), String(place.column)])
            : getMessage('ownNotJsonNoPlace'),
        ]);
      } else
        fail(
          headline,
          result.problems.map((p) => problemText(p)),
        );
      return;
    }
    await saveOwnTerms(result.entries);
    say(getMessage('ownImportDone', String(result.imported)));
  }

  async function exportFile(): Promise<void> {
    const { entries: now } = await loadOwnTerms();
    if (now.length === 0) return;
    const url = URL.createObjectURL(new Blob([exportOwnTerms(now)], { type: 'application/json' }));
    const link = createElement('a');
    link.href = url;
    link.download = EXPORT_FILE;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  editor.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  cancel.addEventListener('click', () => {
    edit(undefined);
    errors.replaceChildren();
  });
  exportButton.addEventListener('click', () => void exportFile());
  importButton.addEventListener('click', () => importInput.click());
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (file) void importFile(file);
  });

  const element = createElement(
    'section',
    { className: 'settings', id: 'own-terms' },
    createElement('h2', { text: getMessage('optionsOwnTerms') }),
    createElement('p', { className: 'hint', text: getMessage('ownTermsIntro') }),
    notice,
    list,
    editor,
    createElement('div', { className: 'buttons own-file' }, exportButton, importButton, importInput),
    createElement('p', { className: 'hint', text: getMessage('ownImportHint') }),
    status,
    errors,
  );

  return {
    element,
    async start() {
      edit(undefined);
      const { entries, dropped } = await loadOwnTerms();
      if (dropped > 0) {
        notice.textContent = getMessage('ownTermsInvalid', String(dropped));
        notice.hidden = false;
      }
      render(entries);
      onOwnTermsChanged(render);
    },
    prefill(name) {
      edit(undefined);
      term.value = name;
      forms.value = name;
      editor.scrollIntoView({ block: 'start' });
      explanation.focus({ preventScroll: true });
    },
  };
}
