import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/**
 * Blinks the current-term mark twice, ending on, so the eye finds the term after a scroll. Stops as
 * soon as another term becomes the current one (`isCurrent` says no).
 */
export function flashTerm(hit: TermHit, highlighter: Highlighter, isCurrent: () => boolean): void {
  const steps = [false, true, false, true];
  steps.forEach((on, i) => {
    setTimeout(
      () => {
        if (isCurrent()) highlighter.setCurrent(on ? hit : undefined);
      },
      150 * (i + 1),
    );
  });
}
