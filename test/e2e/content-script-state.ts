import type { ExtensionApi, ExtensionSession } from './browsers.ts';

/** The content script's answer to the toolbar popup's question, as a test reads it. */
export interface PageTermsAnswer {
  host: string;
  enabled: boolean;
  terms: unknown[];
}

/**
 * Waits up to 10 s until a tab's content script answers (the toolbar popup's `get-page-terms`) with an
 * answer that `wanted` accepts, and returns it. The page's DOM carries no mark of the extension, so this
 * asks from one of the extension's pages, as the toolbar popup does.
 */
export async function waitForContentScript(
  session: ExtensionSession,
  wanted: (answer: PageTermsAnswer) => boolean = () => true,
): Promise<PageTermsAnswer> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answers = await session.inExtension(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const tabs = await api.tabs.query({});
      const all = await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : api.tabs.sendMessage(tab.id, { type: 'get-page-terms' }).catch(() => undefined),
        ),
      );
      return all.filter((answer) => answer !== undefined) as PageTermsAnswer[];
    }, null);
    const found = answers.find(wanted);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no content script answered as wanted: ${JSON.stringify(answers)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
