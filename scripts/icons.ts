// Usage: tsx scripts/icons.ts — renders icons/icon.svg to icons/icon-<size>.png for the manifest.
// Rendered by headless Chromium (already needed for the e2e tests), so no image library to install.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './find-browser.ts';

const sizes = [16, 32, 48, 128];
const iconsDir = path.resolve(import.meta.dirname, '../icons');

const svg = await readFile(path.join(iconsDir, 'icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: findBrowser('chromium'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewport({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(path.join(iconsDir, `icon-${size}.png`), png);
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
