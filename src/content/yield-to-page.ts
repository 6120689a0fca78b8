interface Scheduler {
  yield(): Promise<void>;
  postTask(
    callback: () => void,
    options?: { priority?: 'user-blocking' | 'user-visible' | 'background' },
  ): Promise<void>;
}

/**
 * Gives the main thread back to the page (input, rendering, its own tasks) and resumes in a task of
 * normal priority: `scheduler.postTask` where there is one; else a message to ourselves, which unlike a
 * nested `setTimeout(0)` is not clamped to 4 ms. Not `scheduler.yield()`, whose continuation runs ahead
 * of the page's tasks: on the 5 MB page the IntersectionObserver's reports waited behind the whole
 * scan, so the first highlight was registered only once every block was matched (issue 12). Where
 * only `yield` exists (the unit tests' fake page: a message port would keep Node running), that.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'user-visible' });
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
