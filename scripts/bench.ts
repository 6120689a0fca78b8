/**
 * `npm run bench`: matcher throughput on the real corpus repeated to ≥ 5 MB, as ratios measured in
 * one run (absolute times depend on the machine; ratios much less):
 *   - against the floor: a loop that only reads every character of the same text;
 *   - against a naive baseline: one case-insensitive alternation RegExp of every surface form;
 *   - against itself with a glossary ten times larger (synthetic extra entries).
 * Targets: ≥ 5× faster than the naive baseline; the 10× glossary at most 20% slower.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDocuments } from '../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { findTerms } from '../src/glossary/find-terms.ts';
import { lazyGlossary, packGlossary } from '../src/glossary/packed-glossary.ts';
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

interface Contender {
  label: string;
  run: () => number;
  times: number[];
  result: number;
}

/**
 * Runs every contender once per round, for several rounds after a warm-up, and keeps each one's median:
 * interleaving spreads the machine's background noise evenly over all of them.
 */
function race(contenders: Contender[], rounds: number): void {
  for (let w = 0; w < 3; w++) for (const c of contenders) c.result = c.run();
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      const t0 = performance.now();
      c.result = c.run();
      c.times.push(performance.now() - t0);
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function main() {
  const root = process.cwd();
  const { entries } = JSON.parse(
    readFileSync(process.env.CCHC_GLOSSARY ?? join(root, 'data/glossary.json'), 'utf8'),
  ) as GlossaryFile;
  const text = corpusText();
  const runs = Number(process.env.BENCH_RUNS ?? 11);
  console.log(
    `text: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.length} UTF-16 units; glossary: ${entries.length} entries`,
  );

  const compiled = compileGlossary(entries, bundledDocuments().byId);
  const big = [...entries, ...syntheticEntries(entries, entries.length * 9, text)];
  const compiledBig = compileGlossary(big);
  // What the page matches with: the packed form the build makes, its tries built as the text visits them.
  const packedJson = JSON.stringify(packGlossary(compiled, entries));
  const lazy = () => lazyGlossary(JSON.parse(packedJson));
  const re = naiveRegExp(surfaceForms(entries));
  const make = (label: string, run: () => number): Contender => ({ label, run, times: [], result: 0 });
  const contenders = [
    make('floor (read every character)', () => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
      return sum === 42 ? 1 : 0;
    }),
    make('findTerms', () => findTerms(text, compiled).length),
    make(`findTerms, 10× glossary (${big.length})`, () => findTerms(text, compiledBig).length),
    make('naive alternation RegExp', () => {
      let n = 0;
      re.lastIndex = 0;
      while (re.exec(text)) n++;
      return n;
    }),
    // A fresh lazy glossary each run (parsed, as the content script does), so its first visits count.
    make('findTerms, lazy glossary (the page)', () => findTerms(text, lazy()).length),
  ];
  race(contenders, runs);
  for (const c of contenders) {
    console.log(`${c.label.padEnd(34)} ${median(c.times).toFixed(1).padStart(8)} ms  (${c.result} results)`);
  }
  const [floor, ours, ours10, naive] = contenders.map((c) => ({ ms: median(c.times) })) as [
    { ms: number },
    { ms: number },
    { ms: number },
    { ms: number },
  ];
  const lazyMs = median((contenders[4] as Contender).times);
  const vsFloor = ours.ms / floor.ms;
  const vsNaive = naive.ms / ours.ms;
  const bigger = ours10.ms / ours.ms - 1;
  console.log('');
  console.log(`findTerms costs ${vsFloor.toFixed(1)}× the floor`);
  console.log(`findTerms is ${vsNaive.toFixed(1)}× faster than the naive RegExp (target ≥ 5×)`);
  console.log(`10× glossary: ${(bigger * 100).toFixed(1)}% slower (target ≤ 20%)`);
  console.log(`lazy glossary (the page's): ${((lazyMs / ours.ms - 1) * 100).toFixed(1)}% against the compiled one`);
  const ok = vsNaive >= 5 && bigger <= 0.2;
  console.log(ok ? 'targets met' : 'TARGETS MISSED');
  process.exitCode = ok ? 0 : 1;
}

main();
