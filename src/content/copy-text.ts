/**
 * Puts `text` on the clipboard from a click in our popup: the Clipboard API where the page is a secure
 * context, else a hidden textarea inside our own shadow root and `execCommand('copy')` (plain http
 * pages, where `navigator.clipboard` does not exist). Focus goes back to where it was.
 */
export async function copyText(text: string, root: ShadowRoot | undefined): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, or the document lost focus): try the older way
  }
  if (!root) return false;
  const back = root.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0;';
  root.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (back instanceof HTMLElement) back.focus({ preventScroll: true });
  return copied;
}
