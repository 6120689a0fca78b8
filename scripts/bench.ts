/**
 * `npm run bench`: matcher throughput on the real corpus repeated to ≥ 5 MB, as ratios measured in
 * one run (absolute times depend on the machine; ratios much less):
 *   - against the floor: a loop that only reads every character of the same text;
 *   - against a naive baseline: one case-insensitive alternation RegExp of every surface form;
 *   - against itself with a glossary ten times larger (synthetic extra entries).
 * Targets: ≥ 5× faster than the naive baseline; the 10× glossary at most 20% slower.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { findTerms } from '../src/glossary/find-terms.ts';
import type { Entry, GlossaryFile } from '../src/glossary/types.ts';
import { sharedDir } from './shared-dir.ts';

const TARGET_BYTES = 5 * 1024 * 1024;

function corpusText(): string {
  const dir = sharedDir('corpus/articles');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const once = parts.join('\n\n');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(once));
  // One flat string, as a page's text is (a string grown by += is a rope, slower to read).
  return Array.from({ length: copies }, () => once).join('\n\n');
}

function surfaceForms(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) =>
    [...e.forms, ...(e.abbreviations ?? [])].map((f) => (typeof f === 'string' ? f : f.text)),
  );
}

/** A naive highlighter's approach: every form in one alternation, longest first, case-insensitive. */
function naiveRegExp(forms: string[]): RegExp {
  const escaped = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

/** Synthetic entries built from real syllables, so the trie branches as a real larger glossary would. */
function syntheticEntries(real: readonly Entry[], count: number, text: string): Entry[] {
  const syllables = [
    ...new Set(
      text
        .slice(0, 200_000)
        .toLowerCase()
        .match(/[\p{L}\p{M}]+/gu) ?? [],
    ),
  ];
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const template = real[0] as Entry;
  return Array.from({ length: count }, (_, i) => {
    const n = 2 + Math.floor(rand() * 4);
    const form = Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join(' ');
    return { ...template, id: `synthetic-${i}`, forms: [form], abbreviations: [], documents: [], citationCodes: [] };
  });
}

/** Median of several timed runs, after a warm-up. */
function time(label: string, runs: number, fn: () => number): { ms: number; result: number } {
  let result = fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] as number;
  console.log(`${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  (${result} results)`);
  return { ms, result };
}

function main() {
  const root = resolve(import.meta.dirname, '..');
  const { entries } = JSON.parse(
    readFileSync(process.env.CCHC_GLOSSARY ?? join(root, 'data/glossary.json'), 'utf8'),
  ) as GlossaryFile;
  const text = corpusText();
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  console.log(
    `text: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.length} UTF-16 units; glossary: ${entries.length} entries`,
  );

  const floor = time('floor (read every character)', runs, () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum === 42 ? 1 : 0;
  });
  const compiled = compileGlossary(entries);
  const ours = time('findTerms', runs, () => findTerms(text, compiled).length);
  const big = [...entries, ...syntheticEntries(entries, entries.length * 9, text)];
  const compiledBig = compileGlossary(big);
  const ours10 = time(`findTerms, 10× glossary (${big.length})`, runs, () => findTerms(text, compiledBig).length);
  const re = naiveRegExp(surfaceForms(entries));
  const naive = time('naive alternation RegExp', runs, () => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text)) n++;
    return n;
  });

  const vsFloor = ours.ms / floor.ms;
  const vsNaive = naive.ms / ours.ms;
  const bigger = ours10.ms / ours.ms - 1;
  console.log('');
  console.log(`findTerms costs ${vsFloor.toFixed(1)}× the floor`);
  console.log(`findTerms is ${vsNaive.toFixed(1)}× faster than the naive RegExp (target ≥ 5×)`);
  console.log(`10× glossary: ${(bigger * 100).toFixed(1)}% slower (target ≤ 20%)`);
  const ok = vsNaive >= 5 && bigger <= 0.2;
  console.log(ok ? 'targets met' : 'TARGETS MISSED');
  process.exitCode = ok ? 0 : 1;
}

main();
