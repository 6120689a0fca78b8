/**
 * A stylesheet imported by the content script is its text: esbuild's `text` loader
 * (scripts/build-extension.ts) bundles it as a string, which the code adopts as a constructed sheet.
 */
declare module '*.css' {
  const css: string;
  export default css;
}
