/** What `scansThisFrame` reads of a window: itself, its top window, its address. */
export interface FrameWindow {
  top: FrameWindow | null;
  location: { origin: string };
}

/**
 * Whether the content script should scan this frame: the top frame, or a frame of the top page's own
 * origin. The manifest runs the script in every frame whose address it matches (`all_frames`), which
 * may include another listed site framed by a page (cross-origin); such a frame stops before any work.
 * Reading a cross-origin top's `location.origin` throws, which also means "no".
 */
export function scansThisFrame(win: FrameWindow): boolean {
  const top = win.top;
  if (!top || top === win) return true;
  try {
    // An opaque origin (a sandboxed frame) is "null" and never equals the top's.
    return win.location.origin !== 'null' && top.location.origin === win.location.origin;
  } catch {
    return false;
  }
}
