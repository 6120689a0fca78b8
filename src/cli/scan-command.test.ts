import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { testDefaults as base } from '../glossary/test-defaults.ts';
import { scanCommand } from './scan-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-scan-'));
const glossaryPath = join(dir, 'glossary.json');
writeFileSync(
  glossaryPath,
  JSON.stringify({
    entries: [
      {
        ...base,
        id: 'tthc',
        term: 'thủ tục hành chính',
        category: 'procedure',
        forms: ['thủ tục hành chính'],
        abbreviations: ['TTHC'],
        sources: ['https://example.org/a'],
      },
      {
        ...base,
        id: 'ubnd',
        term: 'Ủy ban nhân dân',
        category: 'local-government',
        forms: ['Ủy ban nhân dân'],
        abbreviations: ['UBND'],
        sources: ['https://example.org/b'],
      },
      {
        ...base,
        id: 'nd-cp',
        term: 'nghị định',
        category: 'document-type',
        forms: [],
        citationCodes: ['NĐ-CP'],
        sources: ['https://example.org/c'],
      },
    ],
  }),
);

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = scanCommand(
    ['--glossary', glossaryPath, ...args],
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return {
    status,
    out,
    err,
    get json() {
      return out.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}

describe('scan', () => {
  test('a .txt file: one JSON line per match, offsets into the decoded file text', () => {
    const path = join(dir, 'a.txt');
    const text = 'Người dân đến U\u0309y ban nha\u0302n da\u0302n xã làm TTHC theo Nghị định 61/2018/NĐ-CP.';
    writeFileSync(path, text);
    const { status, json } = run(path);
    assert.equal(status, 0);
    assert.deepEqual(
      json.map((m) => [m.file, m.id, m.text]),
      [
        [path, 'ubnd', 'U\u0309y ban nha\u0302n da\u0302n'],
        [path, 'tthc', 'TTHC'],
        [path, 'nd-cp', 'Nghị định 61/2018/NĐ-CP'],
      ],
    );
    const decoded = readFileSync(path, 'utf8');
    for (const m of json) assert.equal(decoded.slice(m.start as number, m.end as number), m.text);
  });

  test('an .html file: visible text only, offsets into the raw HTML', () => {
    const path = join(dir, 'page.html');
    const html =
      '<html><head><title>UBND</title><script>var s = "thủ tục hành chính";</script><style>p{}</style></head>' +
      '<body><p title="TTHC">Giải quyết thủ tục <b>hành chính</b> tại UBND&nbsp;xã</p></body></html>';
    writeFileSync(path, html);
    const { status, json } = run(path);
    assert.equal(status, 0);
    assert.deepEqual(
      json.map((m) => [m.id, m.text]),
      [
        ['tthc', 'thủ tục hành chính'],
        ['ubnd', 'UBND'],
      ],
    );
    assert.equal(html.slice(json[1]?.start as number, json[1]?.end as number), 'UBND');
    assert.equal(html.slice(json[0]?.start as number, json[0]?.end as number), 'thủ tục <b>hành chính');
  });

  test('bad input: one line per file on stderr, the rest still scanned, non-zero status', () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'UBND tỉnh');
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x55, 0x42, 0x4e, 0x44, 0x20, 0xe0, 0xe9]));
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    const { status, json, err } = run(join(dir, 'missing.txt'), latin1, binary, empty, good);
    assert.equal(status, 1);
    assert.deepEqual(
      json.map((m) => m.id),
      ['ubnd'],
    );
    assert.equal(err.length, 4);
    assert.match(err[0] ?? '', /missing\.txt: no such file/);
    assert.match(err[1] ?? '', /empty-dir: directory has no \.txt or \.html files/);
    assert.match(err.join('\n'), /latin1\.txt: not valid UTF-8/);
    assert.match(err.join('\n'), /image\.txt: binary file/);
  });

  test('--summary counts per term per file; --list-terms lists the glossary', () => {
    const path = join(dir, 'sum.txt');
    writeFileSync(path, 'UBND, UBND và thủ tục hành chính.');
    const summary = run('--summary', path);
    assert.deepEqual(summary.out[0]?.split('\n'), [
      'file\tid\tterm\tcount',
      `${path}\tubnd\tỦy ban nhân dân\t2`,
      `${path}\ttthc\tthủ tục hành chính\t1`,
    ]);
    const list = run('--list-terms');
    assert.deepEqual(
      list.json.map((e) => [e.id, e.term, e.category, e.sources]),
      [
        ['tthc', 'thủ tục hành chính', 'procedure', ['https://example.org/a']],
        ['ubnd', 'Ủy ban nhân dân', 'local-government', ['https://example.org/b']],
        ['nd-cp', 'nghị định', 'document-type', ['https://example.org/c']],
      ],
    );
  });

  test('no arguments or an unknown option is a usage error', () => {
    assert.equal(run().status, 2);
    assert.equal(run('--nope', 'x').status, 2);
  });
});
