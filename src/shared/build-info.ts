/** Written in by the build (scripts/build-defines.ts); absent when the source runs unbundled (unit tests). */
declare const __CCHC_BUILD__: BuildInfo | undefined;

export interface BuildInfo {
  /** The issue tracker's address from package.json `bugs` (https only), or '' when the project has none. */
  bugsUrl: string;
  /** The extension's version (manifest.json). */
  version: string;
}

/** What the build knew: the tracker for "Report a mistake" and the version. */
export const buildInfo: BuildInfo =
  typeof __CCHC_BUILD__ === 'object' && __CCHC_BUILD__ !== null ? __CCHC_BUILD__ : { bugsUrl: '', version: '' };
