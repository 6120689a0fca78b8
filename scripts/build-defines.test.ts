import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import packageJson from '../package.json' with { type: 'json' };
import { bugsUrlOf, buildDefines } from './build-defines.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Bundles src/shared/build-info.ts with `define` as the extension's build does, and reads what it holds. */
async function builtInfo(define: Record<string, string>): Promise<{ bugsUrl: string; version: string }> {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: {
      contents: "import { buildInfo } from './src/shared/build-info.ts'; globalThis.info = buildInfo;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    define,
    logLevel: 'silent',
  });
  const sandbox: { info?: { bugsUrl: string; version: string } } = {};
  runInNewContext(result.outputFiles[0]?.text ?? '', { globalThis: sandbox });
  // Copied out of the sandbox's realm, so deepEqual compares plain objects.
  return JSON.parse(JSON.stringify(sandbox.info ?? assert.fail('nothing built')));
}

describe('build defines: the tracker for "Report a mistake"', () => {
  it('reads package.json bugs as a string or { url }, https only', () => {
    assert.equal(bugsUrlOf({ bugs: 'https://tracker.example.test/issues' }), 'https://tracker.example.test/issues');
    assert.equal(
      bugsUrlOf({ bugs: { url: 'https://tracker.example.test/issues' } }),
      'https://tracker.example.test/issues',
    );
    assert.equal(bugsUrlOf({ bugs: { email: 'a@b.test' } }), '');
    assert.equal(bugsUrlOf({ bugs: 'http://tracker.example.test/' }), '');
    assert.equal(bugsUrlOf({}), '');
  });

  it('builds no tracker in while package.json has none (the project has no public tracker yet)', async () => {
    const info = await builtInfo(buildDefines(packageJson, { version: '0.1.0' }));
    assert.equal(info.bugsUrl, bugsUrlOf(packageJson));
    assert.equal(info.version, '0.1.0');
  });

  it('builds in the address a test gives (a test configuration, not the project’s tracker)', async () => {
    const info = await builtInfo(
      buildDefines(packageJson, { version: '9.9.9' }, { bugsUrl: 'https://tracker.example.test/o/r/issues' }),
    );
    assert.deepEqual(info, { bugsUrl: 'https://tracker.example.test/o/r/issues', version: '9.9.9' });
  });
});
