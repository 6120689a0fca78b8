import browser from 'webextension-polyfill';
import { categories, categoryNames } from '../shared/categories.ts';
import { createElement } from '../shared/create-element.ts';
import { getMessage, type MessageName } from '../shared/get-message.ts';
import { loadSettings, loadSettingsChecked, onSettingsChanged, saveSetting } from '../shared/settings.ts';
import { type HighlightStyle, highlightStyles, type Settings, withSite } from '../shared/settings-values.ts';
import { showBackgroundVersion } from '../shared/show-background-version.ts';
import { ownTermsSection } from './own-terms-section.ts';

document.documentElement.lang = getMessage('lang');
document.title = getMessage('optionsTitle');

const version = createElement('p', { id: 'version', className: 'version', text: '…' });
const notice = createElement('p', { id: 'settings-notice', className: 'notice' });
notice.hidden = true;
notice.setAttribute('role', 'status');

/** A checkbox with its label; `onChange` gets the new state. */
function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const input = createElement('input', { id });
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return createElement('label', { className: 'choice' }, input, createElement('span', { text: label }));
}

function radios<T extends string>(
  name: string,
  choices: readonly { value: T; label: string }[],
  current: T,
  onChange: (value: T) => void,
): HTMLLabelElement[] {
  return choices.map(({ value, label }) => {
    const input = createElement('input', { id: `${name}-${value}` });
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === current;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    return createElement('label', { className: 'choice' }, input, createElement('span', { text: label }));
  });
}

function fieldset(legend: MessageName, id: string, ...children: Node[]): HTMLFieldSetElement {
  const set = createElement('fieldset', { id }, createElement('legend', { text: getMessage(legend) }), ...children);
  return set;
}

const styleLabels: Record<HighlightStyle, MessageName> = {
  both: 'styleBoth',
  underline: 'styleUnderline',
  background: 'styleBackground',
};

function highlightingSection(settings: Settings): HTMLElement {
  const hidden = new Set(settings.hiddenCategories);
  const categoryBoxes = categories.map((category) =>
    checkbox(`category-${category}`, getMessage(categoryNames[category]), !hidden.has(category), async (on) => {
      const now = (await loadSettings()).hiddenCategories.filter((c) => c !== category);
      if (!on) now.push(category);
      await saveSetting(
        'hiddenCategories',
        categories.filter((c) => now.includes(c)),
      );
    }),
  );
  for (const [i, box] of categoryBoxes.entries()) box.dataset.category = categories[i];
  return createElement(
    'section',
    { className: 'settings', id: 'highlighting' },
    createElement('h2', { text: getMessage('optionsHighlighting') }),
    fieldset('optionsCategories', 'categories', ...categoryBoxes),
    fieldset(
      'optionsStyle',
      'style',
      ...radios(
        'highlight-style',
        highlightStyles.map((value) => ({ value, label: getMessage(styleLabels[value]) })),
        settings.highlightStyle,
        (value) => void saveSetting('highlightStyle', value),
      ),
    ),
    checkbox('first-only', getMessage('optionsFirstOnly'), settings.firstOccurrenceOnly, (on) => {
      void saveSetting('firstOccurrenceOnly', on);
    }),
    checkbox('show-badge', getMessage('optionsBadge'), settings.showBadge, (on) => {
      void saveSetting('showBadge', on);
    }),
    fieldset(
      'optionsLanguage',
      'language',
      ...radios(
        'explanation-language',
        [
          { value: 'vi' as const, label: getMessage('languageVi') },
          { value: 'en' as const, label: getMessage('languageEn') },
        ],
        settings.explanationLanguage,
        (value) => void saveSetting('explanationLanguage', value),
      ),
    ),
  );
}

const sitesList = createElement('ul', { id: 'sites-list', className: 'sites' });

function renderSites(disabledSites: readonly string[]): void {
  if (disabledSites.length === 0) {
    sitesList.replaceChildren(createElement('li', { className: 'empty', text: getMessage('sitesNone') }));
    return;
  }
  sitesList.replaceChildren(
    ...disabledSites.map((host) => {
      const remove = createElement('button', { text: getMessage('siteRemove') });
      remove.type = 'button';
      remove.setAttribute('aria-label', getMessage('siteRemoveLabel', host));
      remove.addEventListener('click', async () => {
        await saveSetting('disabledSites', withSite((await loadSettings()).disabledSites, host, true));
      });
      const item = createElement('li', {}, createElement('span', { className: 'host', text: host }), remove);
      item.dataset.host = host;
      return item;
    }),
  );
}

const shortcutsList = createElement('dl', { id: 'shortcuts-list', className: 'shortcuts' });

async function renderShortcuts(): Promise<void> {
  const commands = await browser.commands.getAll();
  shortcutsList.replaceChildren(
    ...commands.flatMap((command) => {
      const description =
        command.name === '_execute_action'
          ? getMessage('commandOpenPopup')
          : (command.description ?? command.name ?? '');
      const key = createElement(
        'dd',
        {},
        createElement('kbd', { text: command.shortcut || getMessage('shortcutNone') }),
      );
      key.dataset.command = command.name ?? '';
      return [createElement('dt', { text: description }), key];
    }),
  );
}

/** The browser's own page for extension shortcuts: Firefox opens it by API, Chromium by address. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function shortcutsSection(): HTMLElement {
  const change = createElement('button', { id: 'change-shortcuts', text: getMessage('shortcutsChange') });
  change.type = 'button';
  change.addEventListener('click', () => void openShortcutSettings().catch(() => {}));
  return createElement(
    'section',
    { className: 'settings', id: 'shortcuts' },
    createElement('h2', { text: getMessage('optionsShortcuts') }),
    shortcutsList,
    createElement('p', { className: 'hint', text: getMessage('shortcutsHint') }),
    change,
  );
}

const sections = createElement('div', { id: 'sections' });
document
  .getElementById('app')
  ?.append(
    createElement('h1', { text: getMessage('optionsTitle') }),
    createElement('p', { id: 'intro', text: getMessage('pageIntro') }),
    notice,
    sections,
    version,
  );

const ownTerms = ownTermsSection();

async function start(): Promise<void> {
  const { settings, invalid } = await loadSettingsChecked();
  if (invalid.length > 0) {
    notice.textContent = getMessage('settingsInvalid', invalid.join(', '));
    notice.hidden = false;
  }
  renderSites(settings.disabledSites);
  sections.replaceChildren(
    highlightingSection(settings),
    createElement(
      'section',
      { className: 'settings', id: 'sites' },
      createElement('h2', { text: getMessage('optionsSites') }),
      sitesList,
    ),
    ownTerms.element,
    shortcutsSection(),
  );
  // The popup's switch can change the list while this page is open.
  onSettingsChanged((s) => renderSites(s.disabledSites));
  await Promise.all([ownTerms.start(), renderShortcuts().catch(() => {})]);
  document.body.dataset.ready = '1';
}

void start();
void showBackgroundVersion(version);
