import type { CDPSession, ElementHandle, JSHandle, Page } from 'puppeteer-core';

const HOST = '[data-cchc-popup]';

/** One DevTools session per Chromium page, kept for the page's life. */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Our popup's shadow root as a handle in the page's main world (holding null when no popup is on the
 * page). Every test reaches the popup's inside through here, so how it is reached is decided in one place.
 *
 * The root is closed (`host.shadowRoot` is null for the page and for us), so it is reached the way
 * DevTools reaches it, never through anything the product ships:
 * - Chromium (CDP): `DOM.describeNode` with `pierce` lists the host's shadow roots, closed ones included;
 *   the root's backend node is then resolved into the main world (puppeteer's `adoptBackendNode`).
 *   (The host is looked up again in our own session, then released: object ids are per session.)
 * - Firefox (WebDriver BiDi): the serialised host carries its `shadowRoot` as a shared reference whatever
 *   its mode; a handle is made from that reference.
 * Both use puppeteer internals (`mainRealm`, `remoteValue`, the handle classes' `from`), pinned by the lock file.
 */
export function popupRoot(page: Page): Promise<JSHandle<ShadowRoot | null>> {
  return closedRootOf(page, HOST);
}

/** The closed shadow root of the host `selector` finds (one of ours), reached as `popupRoot` says. */
async function closedRootOf(page: Page, selector: string): Promise<JSHandle<ShadowRoot | null>> {
  const host = (await page.$(selector)) as ElementHandle<HTMLDivElement> | null;
  if (!host) return page.evaluateHandle(() => null);
  try {
    // Only puppeteer's WebDriver BiDi handles carry `remoteValue`.
    if (!('remoteValue' in host)) {
      let session = sessions.get(page);
      if (!session) {
        session = page.createCDPSession();
        sessions.set(page, session);
      }
      const client = await session;
      // Object ids belong to the session that made them: find the host again in ours.
      const { result } = await client.send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
      });
      if (!result.objectId) return page.evaluateHandle(() => null);
      const objectId = result.objectId;
      const { node } = await client.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
      await client.send('Runtime.releaseObject', { objectId });
      const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
      if (backendNodeId === undefined) return page.evaluateHandle(() => null);
      const realm = (page.mainFrame() as unknown as { mainRealm(): Adopter }).mainRealm();
      return (await realm.adoptBackendNode(backendNodeId)) as JSHandle<ShadowRoot>;
    }
    const remote = (host as unknown as { remoteValue(): BidiNode }).remoteValue();
    const shadowRoot = remote.value?.shadowRoot;
    if (!shadowRoot?.sharedId) return page.evaluateHandle(() => null);
    const HandleClass = host.constructor as unknown as { from(value: BidiNode, realm: unknown): JSHandle<ShadowRoot> };
    const reference = HandleClass.from(shadowRoot, (host as unknown as { realm: unknown }).realm);
    // A handle of our own (with a handle id the page's realm owns), as puppeteer's adoptBackendNode does.
    return await reference.evaluateHandle((root) => root);
  } finally {
    await host.dispose();
  }
}

interface Adopter {
  adoptBackendNode(backendNodeId: number): Promise<JSHandle<Node>>;
}

interface BidiNode {
  type: 'node';
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null };
}

/**
 * Lets a tool that finds shadow roots through `element.shadowRoot` (axe-core) see our closed one while
 * `fn` runs: the property is set on the host in the page's main world only (the content script's world
 * never sees it) and removed after.
 */
export async function withPopupRootVisible<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const root = await popupRoot(page);
  try {
    await root.evaluate((r, selector) => {
      const host = document.querySelector(selector);
      if (host && r) Object.defineProperty(host, 'shadowRoot', { value: r, configurable: true });
    }, HOST);
    return await fn();
  } finally {
    await page.evaluate((selector) => {
      const host = document.querySelector(selector);
      if (host) delete (host as { shadowRoot?: unknown }).shadowRoot;
    }, HOST);
    await root.dispose();
  }
}

/**
 * Runs `fn` in the page with our popup's shadow root (null when none) and returns its result. `fn` is sent
 * to the page as text: no named functions inside it (tsx would wrap them in a helper the page does not have).
 */
export async function inPopup<T, A extends unknown[]>(
  page: Page,
  fn: (root: ShadowRoot | null, ...args: A) => T,
  ...args: A
): Promise<Awaited<T>> {
  const root = await popupRoot(page);
  try {
    // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate types cannot follow a generic function
    return (await root.evaluate(fn as any, ...(args as any[]))) as Awaited<T>;
  } finally {
    await root.dispose();
  }
}

/** Waits up to `timeout` ms until `fn` (run as `inPopup` runs it) returns a truthy value, and returns it. */
export async function waitInPopup<T, A extends unknown[]>(
  page: Page,
  fn: (root: ShadowRoot | null, ...args: A) => T,
  timeout: number,
  ...args: A
): Promise<Awaited<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await inPopup(page, fn, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms in the popup for ${fn.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks an element of our popup as the reader does (a trusted click at its place). */
export async function clickInPopup(page: Page, selector: string): Promise<void> {
  const root = await popupRoot(page);
  try {
    const element = await root.evaluateHandle((r, s) => r?.querySelector(s) ?? null, selector);
    const box = await element.asElement()?.boundingBox();
    if (!box) throw new Error(`nothing to click in the popup at ${selector}`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await element.dispose();
  } finally {
    await root.dispose();
  }
}

/** Waits up to 5 s until the explanation is placed and fully faded in (a screenshot shows it whole). */
export async function waitForPopupShown(page: Page): Promise<void> {
  await waitInPopup(
    page,
    (root) => {
      const panel = root?.querySelector('[role="dialog"].positioned');
      return panel instanceof HTMLElement && getComputedStyle(panel).opacity === '1';
    },
    5_000,
  );
}

/** The open explanation dialog in our shadow root: its accessible name, or null when none is open. */
export function dialogName(page: Page): Promise<string | null> {
  return inPopup(page, (root) => {
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const ids = dialog.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    return ids.map((id) => root?.getElementById(id)?.textContent ?? '').join(' ') || dialog.getAttribute('aria-label');
  });
}

/**
 * Waits up to 10 s for the explanation dialog to be open (5 s for it to be closed, with `open` false);
 * returns its accessible name, or null when none is open at the end. A page's first open waits for the
 * background to inject the popup's code (content-ui.js) and answer with the explanations: on this
 * shared machine under load, Firefox once took over 5 s for that in the full suite (1.5 to 2 s alone).
 */
export async function waitForDialog(page: Page, open = true): Promise<string | null> {
  const deadline = Date.now() + (open ? 10_000 : 5_000);
  for (;;) {
    const name = await dialogName(page);
    if ((name !== null) === open || Date.now() > deadline) return name;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The hover card's shadow root (hover-card.ts) as a handle, null when no card is on the page. Like the
 * popup's, reached only here.
 */
export function hoverCardRoot(page: Page): Promise<JSHandle<ShadowRoot | null>> {
  return closedRootOf(page, '[data-cchc-hover]');
}

/** The hover card's text when one is shown (open and placed), else null. */
export async function hoverCardText(page: Page): Promise<string | null> {
  const root = await hoverCardRoot(page);
  try {
    return await root.evaluate((r) => {
      const card = r?.querySelector('.card.positioned');
      return card?.matches(':popover-open') ? (card.textContent ?? '') : null;
    });
  } finally {
    await root.dispose();
  }
}

/** The computed font size of the shown hover card and of its hint line, in px; null when no card is shown. */
export async function hoverCardFontSizes(page: Page): Promise<{ card: number; hint: number } | null> {
  const root = await hoverCardRoot(page);
  try {
    return await root.evaluate((r) => {
      const card = r?.querySelector('.card.positioned');
      const hint = card?.querySelector('.hint');
      if (!card || !hint) return null;
      return {
        card: Number.parseFloat(getComputedStyle(card).fontSize),
        hint: Number.parseFloat(getComputedStyle(hint).fontSize),
      };
    });
  } finally {
    await root.dispose();
  }
}

/** Clicks the hover card's "Explain" button as the reader does (a trusted click at its place). */
export async function clickHoverCardButton(page: Page): Promise<void> {
  const root = await hoverCardRoot(page);
  try {
    const button = await root.evaluateHandle((r) => r?.querySelector('.card.positioned .explain') ?? null);
    const box = await button.asElement()?.boundingBox();
    if (!box) throw new Error('no hover card button to click');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await button.dispose();
  } finally {
    await root.dispose();
  }
}

/** The computed `transition-duration` of the shown hover card (reduced motion: none). */
export async function hoverCardTransition(page: Page): Promise<string | null> {
  const root = await hoverCardRoot(page);
  try {
    return await root.evaluate((r) => {
      const card = r?.querySelector('.card');
      return card ? getComputedStyle(card).transitionDuration : null;
    });
  } finally {
    await root.dispose();
  }
}
