import browser from 'webextension-polyfill';
import documentsFile from '../../data/documents.json';
import type { Category } from '../glossary/types.ts';
import { categories, categoryNames } from '../shared/categories.ts';
import { categorySwatch } from '../shared/category-swatch.ts';
import { changeListSetting } from '../shared/change-list-setting.ts';
import { createElement } from '../shared/create-element.ts';
import { formatDate } from '../shared/explain-term.ts';
import { followTextSize } from '../shared/follow-text-size.ts';
import { getMessage, type MessageName } from '../shared/get-message.ts';
import { listedPatterns } from '../shared/listed-patterns.ts';
import { deleteQuarantined, loadQuarantined } from '../shared/migrate-storage.ts';
import { OWN_TERMS_KEY } from '../shared/own-terms.ts';
import { sendToBackground } from '../shared/send-to-background.ts';
import { loadSettingsChecked, onSettingsChanged, saveSetting } from '../shared/settings.ts';
import {
  type ColorScheme,
  colorSchemes,
  type HighlightStyle,
  highlightStyles,
  type SettingName,
  type Settings,
  settingNames,
  type TextSize,
  textSizes,
} from '../shared/settings-values.ts';
import { showBackgroundVersion } from '../shared/show-background-version.ts';
import { defaultSites, isListedSite, siteFromInput, sitePatterns } from '../shared/site-patterns.ts';
import { hiddenTermsSection } from './hidden-terms-section.ts';
import { ownTermsSection } from './own-terms-section.ts';

document.documentElement.lang = getMessage('lang');
document.title = getMessage('optionsTitle');
void followTextSize();

const version = createElement('p', { id: 'version', className: 'version', text: '…' });
// The same date the explanation popup shows under legal facts: the day the registry was last checked.
const checked = createElement('p', {
  id: 'legal-checked',
  className: 'version',
  text: getMessage('optionsLegalChecked', [
    formatDate(documentsFile.checked, getMessage('lang') === 'en' ? 'en' : 'vi'),
    String(documentsFile.documents.length),
    String(documentsFile.documents.filter((d) => 'unconfirmed' in d || !('status' in d)).length),
  ]),
});
const notice = createElement('p', { id: 'settings-notice', className: 'notice' });
notice.hidden = true;
notice.setAttribute('role', 'status');
// The reader's say over what a migration or a save kept aside (migrate-storage.ts): nothing is deleted
// without this press.
const deleteAside = createElement('button', { id: 'quarantine-delete', text: getMessage('quarantineDelete') });
deleteAside.type = 'button';
deleteAside.hidden = true;
deleteAside.addEventListener('click', () => {
  void deleteQuarantined().then(() => {
    deleteAside.hidden = true;
    notice.hidden = true;
  });
});

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

const textSizeLabels: Record<TextSize, MessageName> = {
  normal: 'textSizeNormal',
  large: 'textSizeLarge',
  larger: 'textSizeLarger',
};

const schemeLabels: Record<ColorScheme, MessageName> = {
  category: 'schemeCategory',
  single: 'schemeSingle',
  contrast: 'schemeContrast',
};

function highlightingSection(settings: Settings): HTMLElement {
  const hidden = new Set(settings.hiddenCategories);
  const categoryBoxes = categories.map((category) =>
    checkbox(`category-${category}`, getMessage(categoryNames[category]), !hidden.has(category), async (on) => {
      await changeListSetting('hiddenCategories', category, !on);
    }),
  );
  for (const [i, box] of categoryBoxes.entries()) {
    const category = categories[i] as Category;
    box.dataset.category = category;
    // The look of the group's terms on the page, so the colours mean something.
    box.lastElementChild?.before(categorySwatch(category));
  }
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
    fieldset(
      'optionsScheme',
      'scheme',
      ...radios(
        'color-scheme',
        colorSchemes.map((value) => ({ value, label: getMessage(schemeLabels[value]) })),
        settings.colorScheme,
        (value) => void saveSetting('colorScheme', value),
      ),
    ),
    checkbox('all-occurrences', getMessage('allOccurrences'), settings.allOccurrences, (on) => {
      void saveSetting('allOccurrences', on);
    }),
    createElement('p', { className: 'hint', id: 'all-occurrences-hint', text: getMessage('allOccurrencesHint') }),
    checkbox('first-only', getMessage('optionsFirstOnly'), settings.firstOccurrenceOnly, (on) => {
      void saveSetting('firstOccurrenceOnly', on);
    }),
    checkbox('show-badge', getMessage('optionsBadge'), settings.showBadge, (on) => {
      void saveSetting('showBadge', on);
    }),
    checkbox('own-on-page', getMessage('optionsOwnOnPage'), settings.markOwnTermsOnPage, (on) => {
      void saveSetting('markOwnTermsOnPage', on);
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
    fieldset(
      'optionsTextSize',
      'text-size',
      ...radios(
        'text-size',
        textSizes.map((value) => ({ value, label: getMessage(textSizeLabels[value]) })),
        settings.textSize,
        (value) => void saveSetting('textSize', value),
      ),
    ),
  );
}

const manifestMatches = listedPatterns();

/** A list of sites, each with one button; `empty` when there are none. */
function siteList(
  list: HTMLUListElement,
  sites: readonly string[],
  empty: MessageName,
  button: { text: MessageName; label: MessageName; onClick(site: string): void },
): void {
  if (sites.length === 0) {
    list.replaceChildren(createElement('li', { className: 'empty', text: getMessage(empty) }));
    return;
  }
  list.replaceChildren(
    ...sites.map((site) => {
      const remove = createElement('button', { text: getMessage(button.text) });
      remove.type = 'button';
      remove.setAttribute('aria-label', getMessage(button.label, site));
      remove.addEventListener('click', () => button.onClick(site));
      const item = createElement('li', {}, createElement('span', { className: 'host', text: site }), remove);
      item.dataset.host = site;
      return item;
    }),
  );
}

const sitesList = createElement('ul', { id: 'sites-list', className: 'sites' });
const addedList = createElement('ul', { id: 'added-sites-list', className: 'sites' });

function renderSites(settings: Settings): void {
  siteList(sitesList, settings.disabledSites, 'sitesNone', {
    text: 'siteRemove',
    label: 'siteRemoveLabel',
    onClick: async (host) => {
      await changeListSetting('disabledSites', host, false);
    },
  });
  siteList(addedList, settings.addedSites, 'addedSitesNone', {
    text: 'addedSiteRemove',
    label: 'addedSiteRemoveLabel',
    // Withdrawing the permission is the removal (the background drops the site and its registration on
    // that event); the list is updated here too, for a permission that was already gone.
    onClick: async (site) => {
      await browser.permissions.remove({ origins: sitePatterns(site) }).catch(() => false);
      await changeListSetting('addedSites', site, false);
    },
  });
}

/** The sites section: the default list, the sites the reader added (and adding one), the sites turned off. */
function sitesSection(): HTMLElement {
  const defaults = defaultSites(manifestMatches);
  const defaultList = createElement(
    'ul',
    { id: 'default-sites-list', className: 'sites' },
    ...defaults.map((site) => createElement('li', {}, createElement('span', { className: 'host', text: site }))),
  );
  const input = createElement('input', { id: 'add-site' });
  input.type = 'text';
  input.placeholder = 'baodautu.vn';
  input.autocomplete = 'off';
  input.spellcheck = false;
  const add = createElement('button', { id: 'add-site-button', text: getMessage('addSite') });
  add.type = 'submit';
  const status = createElement('p', { id: 'add-site-status', className: 'status' });
  status.setAttribute('role', 'status');
  const form = createElement(
    'form',
    { id: 'add-site-form', className: 'add-site' },
    createElement('label', { text: getMessage('addSiteLabel') }),
    input,
    add,
  );
  (form.firstElementChild as HTMLLabelElement).htmlFor = input.id;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const site = siteFromInput(input.value);
    if (!site) {
      status.textContent = getMessage('addSiteInvalid');
      return;
    }
    if (isListedSite(manifestMatches, site)) {
      status.textContent = getMessage('addSiteIsDefault', site);
      return;
    }
    // Asked in the submit's own handler: the browsers grant a permission prompt only to a user gesture.
    browser.permissions.request({ origins: sitePatterns(site) }).then(
      async (granted) => {
        status.textContent = getMessage(granted ? 'addSiteDone' : 'addSiteDenied', site);
        if (!granted) return;
        input.value = '';
        // The permission event does not come when the browser already had it: tell the background.
        await sendToBackground({ type: 'site-granted', site }).catch(() => undefined);
      },
      (error: unknown) => {
        status.textContent = `${getMessage('addSiteDenied', site)} (${String(error)})`;
      },
    );
  });
  const details = createElement(
    'details',
    { id: 'default-sites' },
    createElement('summary', { text: getMessage('defaultSites', String(defaults.length)) }),
    defaultList,
  );
  return createElement(
    'section',
    { className: 'settings', id: 'sites' },
    createElement('h2', { text: getMessage('optionsSites') }),
    details,
    createElement('h3', { text: getMessage('addedSites') }),
    addedList,
    form,
    status,
    createElement('h3', { text: getMessage('disabledSitesHeading') }),
    sitesList,
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
    deleteAside,
    sections,
    checked,
    version,
  );

const ownTerms = ownTermsSection();
const hiddenTerms = hiddenTermsSection();

async function start(): Promise<void> {
  // An update may have left the store in an older format: the background converts it before this page
  // reads it (and keeps aside, unchanged, what it could not convert).
  await sendToBackground({ type: 'migrate-storage' }).catch(() => undefined);
  const { settings, invalid } = await loadSettingsChecked();
  const aside = await loadQuarantined().catch(() => []);
  const order = (name: string) => [...settingNames, OWN_TERMS_KEY].indexOf(name as SettingName);
  const names = [...new Set([...invalid, ...aside])].sort((a, b) => order(a) - order(b));
  if (names.length > 0) {
    notice.textContent = getMessage('settingsInvalid', names.join(', '));
    notice.hidden = false;
    deleteAside.hidden = aside.length === 0;
  }
  renderSites(settings);
  sections.replaceChildren(
    highlightingSection(settings),
    hiddenTerms.element,
    sitesSection(),
    ownTerms.element,
    shortcutsSection(),
  );
  // The popup's switch and the background (a permission granted or withdrawn) change the lists while
  // this page is open; an explanation's "Don't highlight this term" changes the hidden terms.
  onSettingsChanged((next) => {
    renderSites(next);
    void hiddenTerms.render(next);
  });
  await Promise.all([ownTerms.start(), renderShortcuts().catch(() => {}), hiddenTerms.render(settings)]);
  // The context menu's "add as own term" opens this page with the selection in the fragment.
  const own = /^#own-term=(.*)$/.exec(location.hash)?.[1];
  if (own !== undefined) {
    // Once: a reload must not fill the form again over what the reader typed since.
    history.replaceState(null, '', location.pathname);
    let name = '';
    try {
      name = decodeURIComponent(own).normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 300);
    } catch {
      // a malformed fragment: no form to fill
    }
    if (name) ownTerms.prefill(name);
  }
  document.body.dataset.ready = '1';
}

void start();
void showBackgroundVersion(version);
