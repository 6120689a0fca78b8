interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the main thread back to the page (input, rendering, its own tasks) and resumes soon after:
 * `scheduler.yield()` where there is one, which resumes ahead of other tasks; else a message to
 * ourselves, which unlike a nested `setTimeout(0)` is not clamped to 4 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Work on the reader's own terms (checking and compiling a list of up to the import's limit) in slices of
 * at most about 8 ms, the page given the thread in between: its frames, input and timers never wait long
 * on us. The pause is a timer task, not `scheduler.yield()`: a yield's continuation runs ahead of the
 * page's own timers, which then starve until the whole list is done (seen with a heartbeat timer).
 */
export const ownTermsSlicing = {
  pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  now: () => performance.now(),
  sliceMs: 8,
};
