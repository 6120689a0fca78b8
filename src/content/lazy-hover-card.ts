import type { HoverCard } from './hover-card.ts';

/**
 * The hover card with its code loaded on first use (load-content-ui.ts): `create` resolves to the real
 * card. A `show` waits for it; a `hide` or `destroy` meanwhile cancels that show, so a mouse that moved
 * on before the code came sees no card.
 */
export function lazyHoverCard(create: () => Promise<HoverCard>): HoverCard {
  let real: HoverCard | undefined;
  let making: Promise<HoverCard> | undefined;
  /** Bumped by hide and destroy: a show that was waiting for the code is dropped. */
  let generation = 0;
  /** Bumped by destroy: a card made after it is destroyed at once. */
  let life = 0;

  return {
    show(content, anchor, onExplain) {
      const mine = ++generation;
      const myLife = life;
      making ??= create().then(
        (card) => {
          if (myLife !== life) {
            card.destroy();
            throw new Error('destroyed while it was being made');
          }
          real = card;
          return card;
        },
        (error: unknown) => {
          making = undefined;
          throw error;
        },
      );
      making.then(
        (card) => {
          if (mine === generation) card.show(content, anchor, onExplain);
        },
        (error: unknown) => {
          if (mine === generation) console.warn('[Thuật ngữ CCHC] the hover card could not be shown', error);
        },
      );
    },
    hide() {
      generation++;
      real?.hide();
    },
    get isShown() {
      return real?.isShown ?? false;
    },
    destroy() {
      generation++;
      life++;
      real?.destroy();
      real = undefined;
      making = undefined;
    },
  };
}
