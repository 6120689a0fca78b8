/** What `scansThisFrame` reads of a window: itself, its top window, their origins. */
export interface FrameWindow {
  top: FrameWindow | null;
  /** The document's origin (`window.origin`). */
  origin: string;
}

/**
 * Whether the content script should scan this frame: the top frame, or a frame of the top page's own
 * origin. The manifest runs the script in every frame whose address it matches (`all_frames`), which
 * may include another listed site framed by a page (cross-origin); such a frame stops before any work.
 *
 * `window.origin`, not `location.origin`: with `match_about_blank` the script also runs in about:blank
 * and `<iframe srcdoc>` frames, whose address has no origin (`location.origin` is "null") but whose
 * document inherits the origin of the page that made it; that inherited origin is what must match.
 * A sandboxed frame's origin is opaque ("null", never equal to the top's), so it stops too. Reading a
 * cross-origin top's origin throws, which also means "no".
 */
export function scansThisFrame(win: FrameWindow): boolean {
  const top = win.top;
  if (!top || top === win) return true;
  try {
    return win.origin !== 'null' && top.origin === win.origin;
  } catch {
    return false;
  }
}

/**
 * The host name whose site switch applies to this frame: its address's, or, for an about:blank or
 * srcdoc frame (no host in its address), that of the origin its document inherits, so turning a
 * site off also turns off the frames its pages write themselves.
 */
export function frameHostname(hostname: string, origin: string | undefined): string {
  if (hostname || !origin) return hostname;
  try {
    return new URL(origin).hostname; // "null" (opaque) throws: no host
  } catch {
    return '';
  }
}
