import type { HoverCard } from './hover-card.ts';
import { madeOnFirstUse } from './made-on-first-use.ts';

/**
 * The hover card with its code loaded on first use (load-content-ui.ts): `create` resolves to the real
 * card. A `show` waits for it; a `hide` or `destroy` meanwhile cancels that show, so a mouse that moved
 * on before the code came sees no card.
 */
export function lazyHoverCard(create: () => Promise<HoverCard>): HoverCard {
  const card = madeOnFirstUse<HoverCard>();
  /** Bumped by hide and destroy: a show that was waiting for the code is dropped. */
  let generation = 0;

  return {
    show(content, anchor, onExplain) {
      const mine = ++generation;
      card.get(create).then(
        (real) => {
          if (mine === generation) real.show(content, anchor, onExplain);
        },
        (error: unknown) => {
          if (mine === generation) console.warn('[Thuật ngữ CCHC] the hover card could not be shown', error);
        },
      );
    },
    hide() {
      generation++;
      card.current?.hide();
    },
    get isShown() {
      return card.current?.isShown ?? false;
    },
    destroy() {
      generation++;
      card.destroy();
    },
  };
}
