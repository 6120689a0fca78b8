let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after the ones before it. Every read-modify-write of the store the background makes goes
 * through here (list settings changed by any context, added sites, migrations): permission events,
 * messages and startup can arrive together, and two of them reading the same list before either writes
 * would lose one change. A task must not wait for another queued task (it would wait for itself).
 */
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch((error: unknown) => console.warn('[Thuật ngữ CCHC] stored change:', error));
  return run;
}
