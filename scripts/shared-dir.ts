import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The project's shared material (real news corpus, reference facts) lives beside the repository in
 * `../shared`, as it does in CI; CCHC_SHARED points elsewhere.
 */
export function sharedDir(...parts: string[]): string {
  // From the working directory (npm runs scripts at the package root), so bundled scripts find it too.
  const root = process.env.CCHC_SHARED ?? resolve(process.cwd(), '../shared');
  const path = resolve(root, ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} not found: put the project's shared/ folder beside the repository or set CCHC_SHARED`);
  }
  return path;
}
