import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../glossary/bundled-documents.ts';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { findTerms } from '../glossary/find-terms.ts';
import type { Entry } from '../glossary/types.ts';
import { BLOCK_SEPARATOR, BlockBuilder, blockAt, flattenLines, joinBlocks, spanToPoints } from './text-blocks.ts';

const glossary = compileGlossary((glossaryFile as { entries: Entry[] }).entries, bundledDocuments().byId);

/** Fake text nodes: their names are enough to check the mapping. */
function build(...data: string[]) {
  const b = new BlockBuilder<string>();
  data.forEach((d, i) => {
    b.add(`n${i}`, d);
  });
  return b.end();
}

describe('text blocks', () => {
  it('joins inline text nodes and maps a term split across them back to its nodes', () => {
    // <p>Rà soát thủ tục <b>hành chính</b> tại tỉnh</p>
    const block = build('Rà soát thủ tục ', 'hành chính', ' tại tỉnh');
    assert.ok(block);
    assert.equal(block.text, 'Rà soát thủ tục hành chính tại tỉnh');
    const [match] = findTerms(block.text, glossary);
    assert.ok(match);
    assert.equal(match.id, 'thu-tuc-hanh-chinh');
    const [start, end] = spanToPoints(block, match.start, match.end);
    assert.deepEqual(start, { node: 'n0', offset: 8 });
    assert.deepEqual(end, { node: 'n1', offset: 10 });
  });

  it('never starts a range at the end of a node or ends one at the start of the next', () => {
    const block = build('UBND', ' tỉnh ', 'UBND');
    assert.ok(block);
    assert.deepEqual(spanToPoints(block, 10, 14), [
      { node: 'n2', offset: 0 },
      { node: 'n2', offset: 4 },
    ]);
    assert.deepEqual(spanToPoints(block, 0, 4), [
      { node: 'n0', offset: 0 },
      { node: 'n0', offset: 4 },
    ]);
  });

  it('skips empty nodes and drops blocks of white space only', () => {
    const block = build('a', '', 'b');
    assert.deepEqual(block?.nodes, ['n0', 'n2']);
    assert.equal(build('  \n  ', '\t'), undefined);
  });

  it('turns source line breaks into spaces without changing lengths', () => {
    assert.equal(flattenLines('thủ tục\n    hành\tchính'), 'thủ tục     hành chính');
    const block = build('thủ tục\n', 'hành chính');
    assert.equal(findTerms(block?.text ?? '', glossary)[0]?.id, 'thu-tuc-hanh-chinh');
  });

  it('keeps terms from running across joined blocks and finds the block of a match', () => {
    const blocks = [build('các thủ tục'), build('hành chính công'), build('UBND tỉnh')].map((b) => b ?? assert.fail());
    const joined = joinBlocks(blocks);
    assert.equal(joined.text, `các thủ tục${BLOCK_SEPARATOR}hành chính công${BLOCK_SEPARATOR}UBND tỉnh`);
    const matches = findTerms(joined.text, glossary);
    assert.deepEqual(
      matches.map((m) => m.id),
      ['ubnd'],
    );
    const m = matches[0] ?? assert.fail();
    const i = blockAt(joined, m.start);
    assert.equal(i, 2);
    assert.equal(m.start - (joined.starts[i] as number), 0);
  });
});
