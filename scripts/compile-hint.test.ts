import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPILE_HINT, compileHinted } from './build-extension.ts';

describe('compileHinted', () => {
  const js = '"use strict";\n(() => {\n  console.log("\\u0111");\n})();\n//# sourceMappingURL=content-main.js.map\n';
  const map = { version: 3, sources: ['a.ts'], names: [], mappings: ';AAAA;EACE', sourcesContent: ['x'] };

  it('puts the compile hint on a line of its own before the bundle, which is otherwise unchanged', () => {
    const hinted = compileHinted(js, 'content-main.js');
    assert.equal(hinted, `${COMPILE_HINT}\n${js}`);
  });

  it('shifts the source map by that one line (";" starts a generated line), keeping the rest', () => {
    const shifted = JSON.parse(compileHinted(JSON.stringify(map), 'content-main.js.map'));
    assert.deepEqual(shifted, { ...map, mappings: `;${map.mappings}` });
  });

  it('refuses what the ASCII-only bundles refuse', () => {
    assert.throws(() => compileHinted('/\\đ/', 'content-main.js'), /backslash/);
  });
});
