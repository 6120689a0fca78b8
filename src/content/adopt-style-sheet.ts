/**
 * Adds a constructed stylesheet to a document or shadow root without touching its DOM. Returns how to
 * take it off again, or undefined when the engine refused it (the caller may fall back to an element).
 *
 * Firefox content scripts see the page's objects through Xray wrappers, and assigning a constructed
 * sheet to `adoptedStyleSheets` through one throws; the page-side array takes it
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1751346, 1817675).
 */
export function adoptStyleSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): (() => void) | undefined {
  const unwrapped = (target as (Document | ShadowRoot) & { wrappedJSObject?: Document | ShadowRoot }).wrappedJSObject;
  let owner: Document | ShadowRoot = target;
  try {
    if (unwrapped) {
      unwrapped.adoptedStyleSheets.push(sheet);
      owner = unwrapped;
    }
  } catch {
    // A Firefox without the Xray restriction takes the plain assignment below.
  }
  try {
    if (owner === target) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (!owner.adoptedStyleSheets.includes(sheet)) return undefined;
  } catch {
    return undefined;
  }
  return () => {
    const sheets = owner.adoptedStyleSheets;
    const at = sheets.indexOf(sheet);
    if (at >= 0) sheets.splice(at, 1);
  };
}
