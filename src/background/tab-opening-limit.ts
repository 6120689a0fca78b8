/**
 * A limit on how often something may happen: at most `max` times in any `windowMs`. The background
 * opens a tab for each "add as own term" a page asks for; a page (or a compromised renderer) must not be
 * able to open tabs without end, while a reader clicking by hand never meets the limit.
 */
export function rateLimit(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  const times: number[] = [];
  return () => {
    const t = now();
    while (times.length > 0 && (times[0] as number) <= t - windowMs) times.shift();
    if (times.length >= max) return false;
    times.push(t);
    return true;
  };
}
