/** How long after the last change of the hits the badge's count is sent. */
const REPORT_DELAY_MS = 250;

/** Sends the toolbar badge's count a moment after the hits stop changing, and only when it changed. */
export interface BadgeReporter {
  /** The hits changed: send the count once they have been still for a moment. */
  schedule(): void;
  /** Sends the count again even if unchanged (the badge was turned on, and the background shows it anew). */
  resend(): void;
}

export function createBadgeReporter(
  count: () => number,
  send: (count: number) => void,
  delayMs = REPORT_DELAY_MS,
): BadgeReporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A page's badge starts empty (both browsers clear a tab's own badge when it loads a page): a first
  // count of 0 has nothing to clear, so a page without terms sends nothing and wakes no background (issue 12).
  let lastSent = 0;
  const report = (force: boolean) => {
    const n = count();
    if (n === lastSent && !force) return;
    lastSent = n;
    send(n);
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => report(false), delayMs);
    },
    resend() {
      setTimeout(() => report(true), delayMs);
    },
  };
}
