// Usage: tsx scripts/run-tests.ts <suffix> <dir>... [-- node test options]
//   e.g. tsx scripts/run-tests.ts .test.ts src scripts -- --test-name-pattern=manifest
// Node 20's `--test` takes no globs, so this finds the files (sorted) and runs them with Node's test
// runner through tsx. It exits non-zero when a test fails, and also when it finds no test file at all.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const separator = process.argv.indexOf('--');
const ownArgs = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const nodeArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const [suffix, ...dirs] = ownArgs;
if (!suffix || dirs.length === 0) {
  console.error('usage: tsx scripts/run-tests.ts <suffix> <dir>... [-- node test options]');
  process.exit(2);
}

const files: string[] = [];
for (const dir of dirs) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name.endsWith(suffix) && !file.includes('node_modules')) files.push(file);
  }
}
files.sort();
if (files.length === 0) {
  console.error(`no *${suffix} files under ${dirs.join(', ')}`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeArgs, ...files], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
