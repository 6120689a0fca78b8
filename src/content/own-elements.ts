/** Marks elements of our own (a fallback `<style>`): never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-cchc-ui';
/** Marks the explanation popup's host (explanation-popup.ts), so scanners and click handlers can tell our UI from the page's. */
export const POPUP_HOST_ATTRIBUTE = 'data-cchc-popup';
/** Marks the hover card's host (hover-card.ts). */
export const HOVER_HOST_ATTRIBUTE = 'data-cchc-hover';

/** Whether `element` is one of ours: never scanned, its mutations and clicks ignored. */
export function isOwnElement(element: Element): boolean {
  return (
    element.hasAttribute(OWN_UI_ATTRIBUTE) ||
    element.hasAttribute(POPUP_HOST_ATTRIBUTE) ||
    element.hasAttribute(HOVER_HOST_ATTRIBUTE)
  );
}
