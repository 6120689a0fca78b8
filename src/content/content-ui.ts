// The UI chunk (`content-ui.js`): injected by the background into the frame whose content script asked
// for it (load-content-ui.ts), in the content scripts' world; it only registers what it brings there.
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { findArticleDate } from './article-date.ts';
import { createExplanationPopup } from './explanation-popup.ts';
import { createHoverCard } from './hover-card.ts';
import type { ContentUi } from './load-content-ui.ts';

(globalThis as ContentScriptGlobals).cchcUi = {
  createExplanationPopup,
  createHoverCard,
  findArticleDate,
} satisfies ContentUi;
