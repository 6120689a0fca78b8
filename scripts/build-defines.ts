/**
 * The issue tracker's address from package.json `bugs` (a string, or `{ url }`), https only; '' when the
 * project has none (then "Report a mistake" is not offered: there is nowhere to send the reader).
 */
export function bugsUrlOf(packageJson: unknown): string {
  const bugs = (packageJson as { bugs?: unknown } | null)?.bugs;
  const url = typeof bugs === 'string' ? bugs : (bugs as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return '';
  try {
    return new URL(url).protocol === 'https:' ? url : '';
  } catch {
    return '';
  }
}

/**
 * esbuild's `define` for src/shared/build-info.ts: the tracker (package.json `bugs`, or `bugsUrl` when a
 * test builds with an address of its own) and the version, read at build time.
 */
export function buildDefines(
  packageJson: unknown,
  manifest: { version: string },
  override: { bugsUrl?: string } = {},
): Record<string, string> {
  const bugsUrl = override.bugsUrl ?? bugsUrlOf(packageJson);
  return { __CCHC_BUILD__: JSON.stringify({ bugsUrl, version: manifest.version }) };
}
