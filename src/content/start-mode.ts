import type { StartMode } from '../shared/content-script-globals.ts';

/**
 * What one more injection of the content script into a frame does, given how it already runs there
 * (`current`, undefined the first time) and how this injection asks it to run: start it, upgrade an
 * explain-only start to a full one, or nothing (it never starts twice, nor steps down).
 */
export function nextStart(
  current: StartMode | undefined,
  wanted: StartMode,
): { mode: StartMode; action: 'start' | 'upgrade' | 'none' } {
  if (current === undefined) return { mode: wanted, action: 'start' };
  if (current === 'explain' && wanted === 'full') return { mode: 'full', action: 'upgrade' };
  return { mode: current, action: 'none' };
}
