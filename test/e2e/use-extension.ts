import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before } from 'node:test';
import { projectRoot } from '../../scripts/build-extension.ts';
import { type StaticServer, serveDirectory } from '../../scripts/serve.ts';
import { generatedSitePage } from '../fixtures/site-pages.ts';
import { type BrowserName, type ExtensionSession, launchWithExtension } from './browsers.ts';

/**
 * For the tests of the enclosing `describe`: serves test/fixtures from 127.0.0.1 (which the manifest
 * matches), and the sites' pages at /news/site-<site>.html (site-pages.ts) and launches `name` with the built extension before them, and closes both after. Hooks a
 * test file adds itself run after these.
 */
export function useExtension(name: BrowserName): { started(): ExtensionSession; baseUrl(): string } {
  let server: StaticServer | undefined;
  let session: ExtensionSession | undefined;
  before(
    async () => {
      // The sites' pages with reform text planted are made from the saved ones when asked for (site-pages.ts).
      server = await serveDirectory(path.join(projectRoot, 'test/fixtures'), 0, generatedSitePage);
      session = await launchWithExtension(name);
    },
    { timeout: 60_000 },
  );
  after(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    started: () => session ?? assert.fail('the browser did not start'),
    baseUrl: () => server?.url ?? assert.fail('the fixture server did not start'),
  };
}
