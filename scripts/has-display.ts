/**
 * Whether a browser window can open here. On Linux and the BSDs a window needs an X11 or Wayland
 * server, which the session announces in DISPLAY or WAYLAND_DISPLAY; without either (SSH, containers,
 * CI) Chromium exits at once and web-ext only reports the closed DevTools connection. macOS and Windows
 * always have a desktop for the logged-in user.
 */
export function hasDisplay({
  platform = process.platform,
  env = process.env,
}: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
} = {}): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
