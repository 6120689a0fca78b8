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
