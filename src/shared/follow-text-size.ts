import { loadSettings, onSettingsChanged } from './settings.ts';
import { type TextSize, textScale } from './settings-values.ts';

/**
 * Applies the reader's text size to one of the extension's own pages, now and on every change: its
 * stylesheet sizes the root as a share of the browser's font size (`rem` on :root is that setting) times
 * `--text-scale`, and everything else in rem or em of it.
 */
export function followTextSize(root: HTMLElement = document.documentElement): Promise<void> {
  const apply = (size: TextSize) => root.style.setProperty('--text-scale', String(textScale(size)));
  onSettingsChanged((settings) => apply(settings.textSize));
  return loadSettings().then((settings) => apply(settings.textSize));
}
