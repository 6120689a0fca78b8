import browser from 'webextension-polyfill';
import type { Category } from '../glossary/types.ts';
import { categories, categoryNames } from '../shared/categories.ts';
import { categorySwatch } from '../shared/category-swatch.ts';
import { changeListSetting } from '../shared/change-list-setting.ts';
import { createElement } from '../shared/create-element.ts';
import { followTextSize } from '../shared/follow-text-size.ts';
import { getMessage } from '../shared/get-message.ts';
import { listedPatterns } from '../shared/listed-patterns.ts';
import type { PageTerm, PageTermsAnswer } from '../shared/messages-to-tab.ts';
import { sendToBackground } from '../shared/send-to-background.ts';
import { sendToTab } from '../shared/send-to-tab.ts';
import { loadSettings, saveSetting } from '../shared/settings.ts';
import { siteOf } from '../shared/settings-values.ts';
import { showBackgroundVersion } from '../shared/show-background-version.ts';
import { isDefaultSite, sitePatterns } from '../shared/site-patterns.ts';

document.documentElement.lang = getMessage('lang');
document.title = getMessage('extName');
void followTextSize();

const icon = createElement('img', { className: 'icon' });
icon.src = 'icons/icon-32.png';
icon.alt = '';

const stateText = createElement('strong', { id: 'state', text: '…' });
const state = createElement(
  'p',
  { className: 'state' },
  createElement('span', { text: getMessage('stateLabel') }),
  document.createTextNode(' '),
  stateText,
);

const siteSwitch = createElement('input', { id: 'site-switch' });
siteSwitch.type = 'checkbox';
siteSwitch.setAttribute('role', 'switch');
const siteLabel = createElement('label', { className: 'site', id: 'site' }, siteSwitch, createElement('span'));
siteLabel.hidden = true;

// Every occurrence of everyday terms too (by default only their first): one click from the page.
const allSwitch = createElement('input', { id: 'all-occurrences' });
allSwitch.type = 'checkbox';
const allLabel = createElement(
  'label',
  { className: 'site', id: 'all-occurrences-label' },
  allSwitch,
  createElement('span', { text: getMessage('allOccurrences') }),
);
allLabel.hidden = true;
allSwitch.addEventListener('change', () => {
  void saveSetting('allOccurrences', allSwitch.checked);
});

// On a site not in the list: one button asking for that site's permission (the background does the rest).
const enableButton = createElement('button', { id: 'enable-site', className: 'primary' });
enableButton.type = 'button';
const enableNote = createElement('p', { id: 'enable-note', className: 'hint' });
enableNote.setAttribute('role', 'status');
const enableSection = createElement('section', { id: 'enable', className: 'enable' }, enableButton, enableNote);
enableSection.hidden = true;

const terms = createElement('section', { id: 'terms', className: 'terms' });
terms.setAttribute('aria-live', 'polite');

const optionsButton = createElement('button', { id: 'open-options', text: getMessage('openOptions') });
optionsButton.type = 'button';
optionsButton.addEventListener('click', () => {
  void browser.runtime.openOptionsPage().then(() => window.close());
});

const glossaryButton = createElement('button', { id: 'open-glossary', text: getMessage('openGlossary') });
glossaryButton.type = 'button';
glossaryButton.addEventListener('click', () => {
  void browser.tabs.create({ url: browser.runtime.getURL('glossary.html') }).then(() => window.close());
});

const version = createElement('span', { id: 'version', className: 'version', text: '…' });

document
  .getElementById('app')
  ?.append(
    createElement('header', { className: 'header' }, icon, createElement('h1', { text: getMessage('extName') })),
    createElement('p', { id: 'intro', text: getMessage('pageIntro') }),
    state,
    siteLabel,
    allLabel,
    enableSection,
    terms,
    createElement('footer', { className: 'footer' }, version, glossaryButton, optionsButton),
  );

void showBackgroundVersion(version);

/**
 * The tab this popup is about. As the toolbar popup, the active tab of its window; opened as a tab of
 * its own (Firefox tests, or a reader who detached it), the tab of that window used last before it.
 * Without the `tabs` permission the tab's address stays hidden: its content script names its site.
 */
async function targetTab(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

/** Whether the interface is English: the list then glosses each Vietnamese term. */
const english = getMessage('lang') === 'en';

/** The term's name, marked Vietnamese (for speech), and in English its gloss beside it. */
function termName(term: PageTerm): HTMLElement {
  const name = createElement('span', { className: 'term-name' });
  const vietnamese = createElement('span', { text: term.term });
  vietnamese.lang = 'vi';
  name.append(vietnamese);
  if (english && term.gloss) {
    name.append(document.createTextNode(' '), createElement('span', { className: 'term-gloss', text: term.gloss }));
  }
  return name;
}

function renderTerms(tabId: number, answer: PageTermsAnswer): void {
  const distinct = answer.terms.length;
  terms.dataset.count = String(distinct);
  const children: Node[] = [createElement('h2', { text: getMessage('termsHeading', String(distinct)) })];
  if (!answer.enabled) children.push(createElement('p', { className: 'empty', text: getMessage('termsOff') }));
  else if (distinct === 0) children.push(createElement('p', { className: 'empty', text: getMessage('termsNone') }));
  const byCategory = new Map<Category, PageTerm[]>();
  for (const term of answer.terms) {
    const list = byCategory.get(term.category) ?? [];
    list.push(term);
    byCategory.set(term.category, list);
  }
  for (const category of categories) {
    const list = byCategory.get(category);
    if (!list) continue;
    const items = list.map((term) => {
      // The name is the visible text (no aria-label that voice control could not match), with the unit
      // that only a screen reader needs: "thủ tục hành chính 16 lần".
      const button = createElement(
        'button',
        { className: 'term' },
        termName(term),
        createElement(
          'span',
          { className: 'term-count' },
          document.createTextNode(String(term.count)),
          createElement('span', { className: 'sr-only', text: ` ${getMessage('termCountUnit')}` }),
        ),
      );
      button.type = 'button';
      button.dataset.id = term.id;
      button.dataset.count = String(term.count);
      button.addEventListener('click', () => void showTerm(tabId, term.id));
      return createElement('li', {}, button);
    });
    const heading = createElement(
      'h3',
      {},
      categorySwatch(category),
      document.createTextNode(` ${getMessage(categoryNames[category])}`),
    );
    const group = createElement('section', { className: 'category' }, heading, createElement('ul', {}, ...items));
    group.dataset.category = category;
    children.push(group);
  }
  terms.replaceChildren(...children);
}

async function showTerm(tabId: number, id: string): Promise<void> {
  const { shown } = await sendToTab(tabId, { type: 'show-term', id }).catch(() => ({ shown: false }));
  // As the toolbar popup it would cover the explanation: get out of the way. As a tab, stay.
  if (shown && !(await browser.tabs.getCurrent().catch(() => undefined))) window.close();
}

function renderState(answer: PageTermsAnswer | undefined): void {
  stateText.className = answer?.enabled ? 'state-on' : 'state-off';
  stateText.textContent = !answer
    ? getMessage('stateUnavailable')
    : answer.enabled
      ? getMessage('stateOnSite')
      : getMessage('stateOffSite');
  document.body.dataset.state = !answer ? 'unavailable' : answer.enabled ? 'on' : 'off';
  siteLabel.hidden = !answer;
  allLabel.hidden = !answer?.enabled;
  if (!answer) return;
  siteSwitch.checked = answer.enabled;
  (siteLabel.lastElementChild as HTMLElement).textContent = getMessage('siteSwitch', answer.host);
}

/**
 * The site of a tab without our content script, when the reader could turn the extension on there: an
 * ordinary web page (not a browser page) whose site is not in the default list. The address is known
 * only for the tab the toolbar button was clicked on (`activeTab`).
 */
async function siteToOffer(tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined) return undefined;
  const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  if (!url) return undefined;
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return undefined;
  return isDefaultSite(listedPatterns(), hostname, protocol) ? undefined : siteOf(hostname);
}

/** Asks the tab's content script about its page until `ok` holds, at most `tries` times, 100 ms apart. */
async function waitForPage(
  tabId: number,
  tries: number,
  ok: (answer: PageTermsAnswer | undefined) => boolean,
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (ok(await sendToTab(tabId, { type: 'get-page-terms' }).catch(() => undefined))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function offerSite(tabId: number, site: string): void {
  enableButton.textContent = getMessage('enableSite', site);
  enableNote.textContent = '';
  enableSection.hidden = false;
  enableButton.onclick = () => {
    // Asked in the click's own handler, with no await before it: browsers grant a permission prompt
    // only to a user gesture. The background does the rest (site-scripts.ts).
    browser.permissions.request({ origins: sitePatterns(site) }).then(
      async (granted) => {
        if (!granted) {
          enableNote.textContent = getMessage('enableSiteDenied');
          return;
        }
        enableNote.textContent = getMessage('enableSiteDone');
        await sendToBackground({ type: 'site-granted', site }).catch(() => undefined);
        // The background has run the content script in this tab: wait for it to answer.
        await waitForPage(tabId, 30, (answer) => answer !== undefined);
        enableSection.hidden = true;
        await refresh(tabId);
      },
      () => {
        enableNote.textContent = getMessage('enableSiteDenied');
      },
    );
  };
}

async function refresh(tabId: number | undefined): Promise<void> {
  const answer =
    tabId === undefined ? undefined : await sendToTab(tabId, { type: 'get-page-terms' }).catch(() => undefined);
  renderState(answer);
  if (answer && tabId !== undefined) renderTerms(tabId, answer);
  else terms.replaceChildren();
  const site = answer ? undefined : await siteToOffer(tabId);
  if (site !== undefined && tabId !== undefined) offerSite(tabId, site);
  document.body.dataset.ready = '1';
}

async function start(): Promise<void> {
  const settings = await loadSettings().catch(() => undefined);
  allSwitch.checked = settings?.allOccurrences === true;
  allSwitch.disabled = settings?.firstOccurrenceOnly === true;
  const tabId = await targetTab();
  await refresh(tabId);
  siteSwitch.addEventListener('change', async () => {
    const host = (await sendToTab(tabId as number, { type: 'get-page-terms' }).catch(() => undefined))?.host;
    if (!host) return;
    delete document.body.dataset.ready;
    await changeListSetting('disabledSites', host, !siteSwitch.checked);
    // The content script applies the change on its own (storage.onChanged): ask until it has.
    const wanted = siteSwitch.checked;
    await waitForPage(tabId as number, 20, (answer) => answer?.enabled === wanted);
    await refresh(tabId);
  });
}

void start();
