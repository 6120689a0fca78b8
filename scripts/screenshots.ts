// `npm run screenshots`: the README's pictures, taken in real headless Chromium with the built extension
// (run `npm run build` first) on a seed article page: a term clicked, light at 1100 px, dark at 390 px;
// then the toolbar popup on that page, the options page and the glossary page, in Vietnamese and in English,
// and the explanation in the English interface.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../test/e2e/browsers.ts';
import { waitForPopupShown } from '../test/e2e/explanation-dialog.ts';
import { pointOfTerm } from '../test/e2e/point-of-term.ts';
import { seedPage } from '../test/fixtures/news-pages.ts';
import { projectRoot } from './build-extension.ts';
import { serveDirectory } from './serve.ts';
import { sharedDir } from './shared-dir.ts';

const server = await serveDirectory(path.join(projectRoot, 'test/fixtures'));
const session = await launchWithExtension('chromium');
const page = await session.browser.newPage();
for (const [scheme, width, height, file] of [
  ['light', 1100, 760, 'docs/screenshot.png'],
  ['dark', 390, 800, 'docs/screenshot-narrow-dark.png'],
] as const) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.setViewport({ width, height });
  await page.goto(`${server.url}/news/seed-001.html`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const centre = await pointOfTerm(page, 'Trung tâm Phục vụ hành chính công');
  await page.mouse.click(centre.x, centre.y);
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: path.join(projectRoot, file) });
}

// A 2017 article from the corpus (baomoi-002: "Sáng 6-2 … Xuân Đinh Dậu 2017", so published on 6/2/2017 at
// the earliest; the page says 6/2/2017), with "UBND tỉnh" clicked: what applied then, and what applies now.
const old = mkdtempSync(path.join(tmpdir(), 'cchc-2017-'));
const [title = '', ...paragraphs] = readFileSync(path.join(sharedDir(), 'corpus/articles/baomoi-002.txt'), 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l);
writeFileSync(
  path.join(old, 'article-2017.html'),
  seedPage({ file: 'baomoi-002.txt', title, paragraphs }).replace(
    '<meta charset="utf-8" />',
    '<meta charset="utf-8" />\n    <meta property="article:published_time" content="2017-02-06" />',
  ),
);
const oldServer = await serveDirectory(old);
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
await page.setViewport({ width: 1100, height: 900 });
await page.goto(`${oldServer.url}/article-2017.html`, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 1500));
const ubnd = await pointOfTerm(page, 'UBND');
await page.mouse.click(ubnd.x, ubnd.y);
await new Promise((r) => setTimeout(r, 800));
await page.screenshot({ path: path.join(projectRoot, 'docs/screenshot-2017.png') });
await oldServer.close();
await session.close();

for (const lang of ['vi', 'en'] as const) {
  const ui = await launchWithExtension('chromium', { lang });
  const article = await ui.browser.newPage();
  await article.setViewport({ width: 1100, height: 760 });
  await article.goto(`${server.url}/news/seed-002.html`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const popup = await ui.openToolbarPopup(article);
  await new Promise((r) => setTimeout(r, 800));
  await popup.screenshot({ path: path.join(projectRoot, `docs/toolbar-popup-${lang}.png`) });
  const options = await ui.openExtensionPage('options.html');
  await options.setViewport({ width: 900, height: 900 });
  await new Promise((r) => setTimeout(r, 500));
  await options.screenshot({ path: path.join(projectRoot, `docs/options-${lang}.png`), fullPage: true });
  // The glossary page, on a term with a then-and-now note (the date set to 2017).
  const glossary = await ui.openExtensionPage('glossary.html#co-che-mot-cua');
  await glossary.setViewport({ width: 1100, height: 900 });
  await glossary.waitForSelector('body[data-ready]');
  await glossary.$eval('#date', (input) => {
    (input as HTMLInputElement).value = '2017-06-01';
    input.dispatchEvent(new Event('change'));
  });
  await new Promise((r) => setTimeout(r, 300));
  await glossary.screenshot({ path: path.join(projectRoot, `docs/glossary-${lang}.png`) });
  if (lang === 'en') {
    // The explanation in the English interface (English explanations by default).
    await article.bringToFront();
    const term = await pointOfTerm(article, 'Trung tâm Phục vụ hành chính công');
    await article.mouse.click(term.x, term.y);
    await waitForPopupShown(article);
    await article.screenshot({ path: path.join(projectRoot, 'docs/explanation-en.png') });
  }
  await ui.close();
}
await server.close();
