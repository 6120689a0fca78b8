/**
 * Adds a constructed stylesheet to a document or shadow root without touching its DOM. Returns how to
 * take it off again, or undefined when the engine refused it (the caller may fall back to an element).
 *
 * Only the browser's own `adoptedStyleSheets` accessors are used, never a property a page can replace:
 * in Firefox the content script sees the page's objects through Xray wrappers, which skip the page's
 * overrides of `Document.prototype` (a page getter there once learned of us and made us add a `<style>`
 * to its head). Going through `wrappedJSObject` (the page's own view) would call the page's getter.
 * Older Firefox refused a constructed sheet assigned through an Xray
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1751346, 1817675); those get the caller's fallback.
 */
export function adoptStyleSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): (() => void) | undefined {
  try {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (!target.adoptedStyleSheets.includes(sheet)) return undefined;
  } catch {
    return undefined;
  }
  return () => {
    try {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page is going away, or the engine refuses: nothing more to undo.
    }
  };
}
