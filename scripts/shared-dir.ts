import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The project's shared material (real news corpus, reference facts) lives beside the repository in
 * `../shared`, as it does in CI; CCHC_SHARED points elsewhere.
 */
export function sharedDir(...parts: string[]): string {
  const root = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../shared');
  const path = resolve(root, ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} not found: put the project's shared/ folder beside the repository or set CCHC_SHARED`);
  }
  return path;
}
