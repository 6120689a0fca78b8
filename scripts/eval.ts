/**
 * `npm run eval`: precision and recall of the matcher on the labelled evaluation set
 * (test/eval/labels.jsonl, spans labelled by hand in real corpus articles; see test/eval/README.md).
 *
 * Strict scoring on fully labelled files: a match is right only when it overlaps a positive label of
 * the same id; a match on a look-alike, on a positive of another id, or on unlabelled text is wrong.
 * Exit status 1 when a target is missed (precision ≥ 0.99, recall ≥ 0.97).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledDocuments } from '../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { findTerms, type TermMatch } from '../src/glossary/find-terms.ts';
import type { GlossaryFile } from '../src/glossary/types.ts';
import { sharedDir } from './shared-dir.ts';

interface Span {
  start: number;
  end: number;
  text: string;
  id: string | null;
  trap?: string;
}
interface Labelled {
  file: string;
  spans: Span[];
}

export interface EvalResult {
  files: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: { file: string; match: TermMatch; why: string }[];
  misses: { file: string; span: Span }[];
  exactSpans: number;
  negativesHit: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function evaluate(labels: Labelled[], glossary: GlossaryFile, corpusDir: string): EvalResult {
  const compiled = compileGlossary(glossary.entries, bundledDocuments().byId);
  const r: EvalResult = {
    files: labels.length,
    positives: 0,
    negatives: 0,
    truePositives: 0,
    falsePositives: [],
    misses: [],
    exactSpans: 0,
    negativesHit: 0,
  };
  for (const { file, spans } of labels) {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const matches = findTerms(text, compiled);
    const positives = spans.filter((s) => s.id !== null);
    const negatives = spans.filter((s) => s.id === null);
    r.positives += positives.length;
    r.negatives += negatives.length;
    for (const m of matches) {
      const same = positives.find((s) => s.id === m.id && overlaps(s, m));
      if (same) {
        r.truePositives++;
        if (same.start === m.start && same.end === m.end) r.exactSpans++;
        continue;
      }
      const other = spans.find((s) => overlaps(s, m));
      const why = !other
        ? 'unlabelled text'
        : other.id === null
          ? `look-alike ${other.trap ?? ''}`
          : `labelled ${other.id}`;
      r.falsePositives.push({ file, match: m, why });
    }
    for (const s of positives) {
      if (!matches.some((m) => m.id === s.id && overlaps(s, m))) r.misses.push({ file, span: s });
    }
    r.negativesHit += negatives.filter((s) => matches.some((m) => overlaps(s, m))).length;
  }
  return r;
}

function main() {
  const root = process.cwd();
  const labels = readFileSync(join(root, 'test/eval/labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  const glossary = JSON.parse(
    readFileSync(process.env.CCHC_GLOSSARY ?? join(root, 'data/glossary.json'), 'utf8'),
  ) as GlossaryFile;
  const r = evaluate(labels, glossary, sharedDir('corpus/articles'));
  const predicted = r.truePositives + r.falsePositives.length;
  // Recall counts labels found; several matches can share one label only if the label is split.
  const found = r.positives - r.misses.length;
  const precision = predicted ? r.truePositives / predicted : 1;
  const recall = r.positives ? found / r.positives : 1;
  const verbose = process.argv.includes('--verbose');
  for (const fp of r.falsePositives) {
    console.log(
      `FP  ${fp.file} ${fp.match.start}-${fp.match.end} ${JSON.stringify(fp.match.text)} → ${fp.match.id} (${fp.why})`,
    );
  }
  for (const m of r.misses) {
    console.log(`MISS ${m.file} ${m.span.start}-${m.span.end} ${JSON.stringify(m.span.text)} (${m.span.id})`);
  }
  if (verbose) console.log('');
  console.log(
    `files ${r.files}, labelled spans ${r.positives + r.negatives} (${r.positives} terms, ${r.negatives} look-alikes)`,
  );
  console.log(
    `matches ${predicted}: ${r.truePositives} right, ${r.falsePositives.length} wrong; look-alikes hit ${r.negativesHit}/${r.negatives}`,
  );
  console.log(`exact span boundaries on right matches: ${r.exactSpans}/${r.truePositives}`);
  console.log(`precision ${precision.toFixed(4)} (target ≥ 0.99), recall ${recall.toFixed(4)} (target ≥ 0.97)`);
  const ok = precision >= 0.99 && recall >= 0.97;
  console.log(ok ? 'targets met' : 'TARGETS MISSED');
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
