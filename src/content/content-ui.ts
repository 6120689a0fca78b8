// The UI chunk (`content-ui.js`): imported by the frame's content script in Chromium, injected by the
// background in Firefox (load-content-ui.ts), in the content scripts' world; it only registers what it
// brings there.
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { findArticleDate } from './article-date.ts';
import { explainSelection } from './explain-selection.ts';
import { createExplanationPopup } from './explanation-popup.ts';
import { flashTerm } from './flash-term.ts';
import { goToTerm } from './go-to-term.ts';
import { createHoverCard } from './hover-card.ts';
import type { ContentUi } from './load-content-ui.ts';

(globalThis as ContentScriptGlobals).cchcUi = {
  createExplanationPopup,
  createHoverCard,
  findArticleDate,
  explainSelection,
  goToTerm,
  flashTerm,
} satisfies ContentUi;
