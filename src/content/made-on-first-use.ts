/**
 * One UI object (the explanation popup, the hover card) made on first use, for the lazy wrappers
 * (lazy-explanation-popup.ts, lazy-hover-card.ts) whose code or data comes later: `get` starts making it
 * once (again after a failure) and every caller shares that; `destroy` drops it, and one whose making
 * outlived the destroy is destroyed as soon as it exists.
 */
export interface MadeOnFirstUse<T> {
  /** The object, made by `make` on the first call (and after a failed one). */
  get(make: () => T | Promise<T>): Promise<T>;
  /** The object once made, until destroyed. */
  readonly current: T | undefined;
  destroy(): void;
}

export function madeOnFirstUse<T extends { destroy(): void }>(): MadeOnFirstUse<T> {
  let current: T | undefined;
  let making: Promise<T> | undefined;
  /** Bumped by destroy: an object made after it is destroyed at once. */
  let life = 0;
  return {
    get(make) {
      const myLife = life;
      making ??= Promise.resolve(make()).then(
        (made) => {
          if (myLife !== life) {
            made.destroy();
            throw new Error('destroyed while it was being made');
          }
          current = made;
          return made;
        },
        (error: unknown) => {
          making = undefined;
          throw error;
        },
      );
      return making;
    },
    get current() {
      return current;
    },
    destroy() {
      life++;
      current?.destroy();
      current = undefined;
      making = undefined;
    },
  };
}
