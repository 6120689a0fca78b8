import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { getMessage } from '../shared/get-message.ts';
import { MAX_SELECTION, type TabMessage } from '../shared/tab-messages.ts';
import { injectIfMissing } from './site-scripts.ts';

/** The context menu's one item: "Giải thích thuật ngữ" / "Explain term" on selected text. */
const MENU_ID = 'explain-term';

/**
 * Creates the item afresh on every start of the background: menus of an event page do not survive
 * it in every browser, and `removeAll` first keeps a restart from failing on a duplicate id.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: getMessage('contextExplain'), contexts: ['selection'] });
}

/**
 * Passes the selection to the content script of the frame it was made in, which explains the term or
 * offers to add it. On a page without our content script (a site not in the list), the click itself
 * lets us run it there (`activeTab`): the reader asked about this page.
 */
export async function onContextMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  if (text === '') return;
  const frameId = info.frameId ?? 0;
  const message: TabMessage = { type: 'explain-selection', text };
  const send = () => browser.tabs.sendMessage(tab.id as number, message, { frameId });
  try {
    await send();
  } catch {
    await injectIfMissing(tab.id, frameId);
    // The injected script registers its listener at once, but loads its settings asynchronously.
    for (let tries = 0; tries < 20; tries++) {
      try {
        await send();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}
