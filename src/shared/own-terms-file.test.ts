import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Entry } from '../glossary/types.ts';
import type { OwnTermProblem } from './check-own-entries.ts';
import { exampleOwnEntry as own } from './example-own-entry.ts';
import { exportOwnTerms, importOwnTerms, jsonErrorPlace } from './own-terms-file.ts';

const file = (...entries: unknown[]) => JSON.stringify({ entries }, null, 2);

/** The problems of importing `text` into an empty list (fails when it is accepted). */
function problemsOf(text: string, stored: Entry[] = []): OwnTermProblem[] {
  const result = importOwnTerms(text, stored);
  assert.ok(!result.ok, 'accepted');
  assert.ok('problems' in result, 'not a schema problem');
  return result.problems;
}

/** Whether one problem is the expected one: the entry (index and id), the field and the reason. */
function assertProblem(problems: OwnTermProblem[], expected: Partial<OwnTermProblem>): void {
  const found = problems.find((p) =>
    Object.entries(expected).every(([k, v]) => JSON.stringify(p[k as keyof OwnTermProblem]) === JSON.stringify(v)),
  );
  assert.ok(found, `${JSON.stringify(expected)} not in ${JSON.stringify(problems, null, 1)}`);
}

// biome-ignore lint/suspicious/noExplicitAny: ajv's CJS/ESM default export shape differs between builds
const AjvCtor: any = (Ajv2020 as any).default ?? Ajv2020;
const schema = JSON.parse(readFileSync(new URL('../../data/glossary.schema.json', import.meta.url), 'utf8'));
const schemaValid: (data: unknown) => boolean = new AjvCtor({ allErrors: true, strict: false }).compile(schema);

describe('own terms: import', () => {
  it('accepts a good file, which also passes the glossary’s JSON Schema', () => {
    const text = file(
      own('own-lai-chau'),
      own('own-tthc-rieng', {
        term: 'hồ sơ riêng',
        forms: ['hồ sơ riêng'],
        abbreviations: ['HSR'],
        sources: [],
        explanation: { vi: 'Chỉ có tiếng Việt.' },
      }),
    );
    const result = importOwnTerms(text, []);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.imported, 2);
    assert.deepEqual(
      result.entries.map((e) => e.id),
      ['own-lai-chau', 'own-tthc-rieng'],
    );
    assert.ok(schemaValid(JSON.parse(text)));
    assert.ok(schemaValid(JSON.parse(exportOwnTerms(result.entries))));
  });

  it('round-trips its own export', () => {
    const entries = [own('own-lai-chau'), own('own-dien-bien', { term: 'Điện Biên', forms: ['Điện Biên'] })];
    const result = importOwnTerms(exportOwnTerms(entries), []);
    assert.ok(result.ok);
    assert.deepEqual(result.entries, entries);
  });

  it('replaces stored entries with the same id and keeps the others', () => {
    const stored = [own('own-lai-chau'), own('own-dien-bien', { term: 'Điện Biên', forms: ['Điện Biên'] })];
    const changed = own('own-lai-chau', { explanation: { vi: 'Đã sửa.' } });
    const result = importOwnTerms(file(changed, own('own-son-la', { term: 'Sơn La', forms: ['Sơn La'] })), stored);
    assert.ok(result.ok);
    assert.deepEqual(
      result.entries.map((e) => [e.id, e.explanation.vi]),
      [
        ['own-dien-bien', 'Một tỉnh miền núi phía Bắc.'],
        ['own-lai-chau', 'Đã sửa.'],
        ['own-son-la', 'Một tỉnh miền núi phía Bắc.'],
      ],
    );
  });

  it('refuses text that is not JSON, with the line and column', () => {
    const text = '{\n  "entries": [\n    { "id": "own-a", }\n  ]\n}';
    const result = importOwnTerms(text, [own('own-lai-chau')]);
    assert.ok(!result.ok && 'notJson' in result);
    assert.deepEqual(result.notJson, { line: 3, column: 22 });
  });

  it('reads the place from V8’s and Firefox’s parse errors', () => {
    const text = 'ab\ncdef\ng';
    assert.deepEqual(jsonErrorPlace(text, new SyntaxError('Unexpected token d in JSON at position 5')), {
      line: 2,
      column: 3,
    });
    assert.deepEqual(
      jsonErrorPlace(text, new SyntaxError('JSON.parse: unexpected character at line 2 column 3 of the JSON data')),
      { line: 2, column: 3 },
    );
    assert.deepEqual(jsonErrorPlace(text, new SyntaxError('Unexpected end of JSON input')), { line: 3, column: 2 });
    assert.equal(jsonErrorPlace(text, new SyntaxError('something else')), undefined);
  });

  it('refuses a file that is not { "entries": [...] }, or has no entries', () => {
    assertProblem(problemsOf('[]'), { where: 'file', field: 'entries', reason: 'ownProblemFile' });
    assertProblem(problemsOf('{"terms": []}'), { where: 'file', field: 'entries', reason: 'ownProblemFile' });
    assertProblem(problemsOf('{"entries": []}'), { where: 'file', field: 'entries', reason: 'ownProblemNoEntries' });
    assertProblem(problemsOf('{"entries": [], "x": 1}'), {
      where: 'file',
      field: 'x',
      reason: 'ownProblemUnknownField',
    });
    assertProblem(problemsOf('{"entries": [42]}'), { where: 'entries[0]', field: '', reason: 'ownProblemNotObject' });
  });

  it('names the entry (index and id) and the field of a schema problem', () => {
    const { explanation: _, ...noExplanation } = own('own-b');
    const problems = problemsOf(
      file(
        own('own-a', { term: '' }),
        noExplanation,
        own('own-c', { category: 'weather' as Entry['category'] }),
        own('own-d', { forms: 'Lai Châu' as unknown as string[] }),
        own('lai-chau-e'),
        { ...own('own-f'), context: { notAfter: ['x'] } },
        { ...own('own-g'), colour: 'red' },
        own('own-h', { legal: [{ document: 'x' } as unknown as Entry['legal'][number]] }),
        own('own-i', { sources: ['javascript:alert(1)', 'https://a.vn/', 'https://a.vn/'] }),
        own('own-j', { confidence: 'sure' as Entry['confidence'] }),
        own('own-k', { gloss: { vi: 'x', fr: 'y' } as Entry['gloss'] }),
        own('own-l', { forms: [{ text: 'Lai Châu', notAfter: ['x'] }] }),
      ),
    );
    assertProblem(problems, { where: 'entries[0] (own-a)', field: 'term', reason: 'ownProblemNotText' });
    assertProblem(problems, { where: 'entries[1] (own-b)', field: 'explanation', reason: 'ownProblemMissing' });
    assertProblem(problems, { where: 'entries[2] (own-c)', field: 'category', reason: 'ownProblemBadCategory' });
    assertProblem(problems, { where: 'entries[3] (own-d)', field: 'forms', reason: 'ownProblemNotList' });
    assertProblem(problems, { where: 'entries[4] (lai-chau-e)', field: 'id', reason: 'ownProblemBadId' });
    assertProblem(problems, { where: 'entries[5] (own-f)', field: 'context', reason: 'ownProblemNotForOwn' });
    assertProblem(problems, { where: 'entries[6] (own-g)', field: 'colour', reason: 'ownProblemUnknownField' });
    assertProblem(problems, { where: 'entries[7] (own-h)', field: 'legal', reason: 'ownProblemMustBeEmpty' });
    assertProblem(problems, { where: 'entries[8] (own-i)', field: 'sources[0]', reason: 'ownProblemBadUrl' });
    assertProblem(problems, { where: 'entries[8] (own-i)', field: 'sources[2]', reason: 'ownProblemRepeated' });
    assertProblem(problems, { where: 'entries[9] (own-j)', field: 'confidence', reason: 'ownProblemBadConfidence' });
    assertProblem(problems, { where: 'entries[10] (own-k)', field: 'gloss.fr', reason: 'ownProblemUnknownField' });
    assertProblem(problems, { where: 'entries[11] (own-l)', field: 'forms[0]', reason: 'ownProblemFormObject' });
  });

  it('refuses duplicate ids, naming the first', () => {
    const problems = problemsOf(file(own('own-x'), own('own-x', { forms: ['Điện Biên'] })));
    assert.deepEqual(problems, [
      { where: 'entries[1] (own-x)', field: 'id', reason: 'ownProblemDuplicateId', detail: ['entries[0] (own-x)'] },
    ]);
  });

  it('refuses forms that would match everything or nearly', () => {
    const problems = problemsOf(
      file(
        own('own-a', { forms: ['', '  ', '.', '…!?', 'a', 'xã', 'Tthc', 'TTHC'] }),
        own('own-b', { forms: ['Điện Biên'], abbreviations: ['Tthc', 'X', 'UBND'] }),
        own('own-c', { forms: [] }),
      ),
    );
    const a = 'entries[0] (own-a)';
    assertProblem(problems, { where: a, field: 'forms[0]', reason: 'ownProblemNotText' });
    assertProblem(problems, { where: a, field: 'forms[1]', reason: 'ownProblemNotText' });
    assertProblem(problems, { where: a, field: 'forms[2]', reason: 'ownProblemFewLetters', detail: ['.'] });
    assertProblem(problems, { where: a, field: 'forms[3]', reason: 'ownProblemFewLetters', detail: ['…!?'] });
    assertProblem(problems, { where: a, field: 'forms[4]', reason: 'ownProblemFewLetters', detail: ['a'] });
    assertProblem(problems, { where: a, field: 'forms[5]', reason: 'ownProblemOneSyllable', detail: ['xã'] });
    assertProblem(problems, { where: a, field: 'forms[6]', reason: 'ownProblemOneSyllable', detail: ['Tthc'] });
    // Forms compare without case: an abbreviation belongs in `abbreviations`.
    assertProblem(problems, { where: a, field: 'forms[7]', reason: 'ownProblemOneSyllable', detail: ['TTHC'] });
    const b = 'entries[1] (own-b)';
    assertProblem(problems, { where: b, field: 'abbreviations[0]', reason: 'ownProblemOneSyllable' });
    assertProblem(problems, { where: b, field: 'abbreviations[1]', reason: 'ownProblemFewLetters' });
    assert.ok(!problems.some((p) => p.field === 'abbreviations[2]'), 'UBND is a fine abbreviation');
    assertProblem(problems, { where: 'entries[2] (own-c)', field: 'forms', reason: 'ownProblemNoForms' });
  });

  it('refuses a form two own terms share, also with a stored one, case aside', () => {
    assertProblem(problemsOf(file(own('own-a'), own('own-b', { forms: ['lai châu'] }))), {
      where: 'entries[1] (own-b)',
      field: 'forms[0]',
      reason: 'ownProblemFormTaken',
      detail: ['lai châu', 'own-a'],
    });
    assertProblem(problemsOf(file(own('own-b', { forms: ['LAI CHÂU'] })), [own('own-a')]), {
      where: 'entries[0] (own-b)',
      field: 'forms[0]',
      reason: 'ownProblemFormTaken',
    });
  });
});
