import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

export type AxeScheme = 'light' | 'dark';

/** axe-core's own bundle, injected as source: extension pages' CSP allows no script of another origin. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA, and its best practices) in `page`, on the element `selector`
 * picks (shadow roots included) or the whole document; returns each violation as "rule: target …".
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in globalThis);
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
    );

    interface AxeApi {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
    }
  }, selector ?? null);
}

/**
 * How many elements inside shadow roots axe-core checked (passed rules) under `selector`: proof that a
 * run over our popup's host looked inside its shadow root rather than passing an empty host.
 */
export async function axeShadowNodesChecked(page: Page, selector: string): Promise<number> {
  const injected = await page.evaluate(() => 'axe' in globalThis);
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: AxeApi }).axe;
    const result = await axe.run({ include: [[include]] }, { resultTypes: ['passes'] });
    // A node inside a shadow root is targeted by a list of selectors (host, then inside) in place of one.
    const inside = result.passes.flatMap((p) => p.nodes.filter((n) => n.target.some(Array.isArray)));
    return new Set(inside.map((n) => JSON.stringify(n.target))).size;

    interface AxeApi {
      run(context: unknown, options: unknown): Promise<{ passes: { nodes: { target: unknown[] }[] }[] }>;
    }
  }, selector);
}
