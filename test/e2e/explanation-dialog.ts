import type { Page } from 'puppeteer-core';

/** The open explanation dialog in our shadow root: its accessible name, or null when none is open. */
export function dialogName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-cchc-popup]')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const ids = dialog.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    return ids.map((id) => root?.getElementById(id)?.textContent ?? '').join(' ') || dialog.getAttribute('aria-label');
  });
}

/**
 * Waits up to 5 s for the explanation dialog to be open (or, with `open` false, closed); returns its
 * accessible name, or null when none is open at the end.
 */
export async function waitForDialog(page: Page, open = true): Promise<string | null> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const name = await dialogName(page);
    if ((name !== null) === open || Date.now() > deadline) return name;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
