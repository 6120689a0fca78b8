/**
 * The explanation popup's stylesheet, adopted into its shadow root as a constructed sheet: page CSS cannot
 * reach inside, and a page CSP that forbids inline `<style>` does not apply to constructed sheets.
 *
 * `:host` declarations are `!important` on purpose: for important rules the shadow tree's own rule wins
 * over the page's (CSS Scoping, cascade by tree context), so `html > div { display: none !important }`
 * on a page cannot hide or move the host.
 */
export const POPUP_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  z-index: 2147483647 !important;
  pointer-events: auto !important;
}

.panel {
  --bg: #ffffff;
  --fg: #1b1f24;
  --muted: #555e69;
  --border: #c9d1d9;
  --accent: #0b57d0;
  --chip-bg: #e8eef9;
  --chip-fg: #17345f;
  --warn-bg: #fff6db;
  --warn-border: #d9a400;
  --warn-fg: #4d3800;
  --time-bg: #eef4ff;
  --time-border: #9db7e8;
  --then-fg: #8a3b00;
  --button-bg: #f3f5f8;
  --button-hover: #e4e9f0;
  --focus: #0b57d0;
  --shadow: 0 8px 28px rgb(0 0 0 / 0.18), 0 2px 6px rgb(0 0 0 / 0.12);

  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  /* Percentages of the viewport without its scrollbar (a fixed element's containing block); 100vw would
     count a classic scrollbar (Firefox) and slide the panel under it on a narrow screen. */
  width: min(420px, calc(100% - 16px));
  max-height: calc(100% - 16px);
  margin: 0;
  padding: 0;
  overflow: hidden;
  /* Transparent, not hidden, until placed: a hidden element cannot take the focus that open() gives it. */
  opacity: 0;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--border);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
  text-align: start;
  overflow-wrap: break-word;
  color-scheme: light;
  cursor: auto;
}

.panel.positioned {
  opacity: 1;
}

@media (prefers-color-scheme: dark) {
  .panel {
    --bg: #1e2228;
    --fg: #e6e9ee;
    --muted: #a7b0bc;
    --border: #444c56;
    --accent: #8ab4f8;
    --chip-bg: #26374f;
    --chip-fg: #cfe0ff;
    --warn-bg: #3a300f;
    --warn-border: #b38900;
    --warn-fg: #f6e3a6;
    --time-bg: #1f2b3d;
    --time-border: #3d5a86;
    --then-fg: #ffb784;
    --button-bg: #2b313a;
    --button-hover: #38404b;
    --focus: #8ab4f8;
    --shadow: 0 8px 28px rgb(0 0 0 / 0.55), 0 2px 6px rgb(0 0 0 / 0.4);
    color-scheme: dark;
  }
}

.scroll {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 16px 14px;
}

button {
  font: inherit;
  color: inherit;
  cursor: pointer;
}

:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 2px;
}

.title:focus {
  outline: none;
}

.close {
  position: absolute;
  top: 6px;
  right: 6px;
  width: 32px;
  height: 32px;
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--muted);
  font-size: 22px;
  line-height: 32px;
  text-align: center;
}

.close:hover {
  background: var(--button-hover);
  color: var(--fg);
}

.back {
  display: block;
  max-width: calc(100% - 36px);
  margin: 0 0 8px;
  padding: 2px 8px;
  border: 1px solid var(--border);
  border-radius: 6px;
  background: var(--button-bg);
  font-size: 13px;
  text-align: start;
}

.back:hover {
  background: var(--button-hover);
}

.category {
  display: inline-block;
  margin: 0 36px 4px 0;
  padding: 1px 8px;
  border-radius: 999px;
  background: var(--chip-bg);
  color: var(--chip-fg);
  font-size: 12px;
  font-weight: 600;
  letter-spacing: 0.02em;
}

.category .own::before {
  content: "·";
  margin: 0 6px;
}

.own-sources {
  margin-top: -4px;
}

.title {
  margin: 0 36px 2px 0;
  font-size: 17px;
  font-weight: 700;
  line-height: 1.35;
}

.gloss {
  margin: 0 0 8px;
  color: var(--muted);
}

p {
  margin: 0 0 8px;
}

.as-written {
  color: var(--muted);
  font-size: 13px;
}

.note,
.confidence {
  padding: 6px 10px;
  border-left: 3px solid var(--warn-border);
  border-radius: 4px;
  background: var(--warn-bg);
  color: var(--warn-fg);
}

.caveat {
  color: var(--muted);
  font-size: 13px;
}

.citation {
  margin: 0 0 8px;
  padding: 6px 10px;
  border: 1px solid var(--border);
  border-radius: 6px;
}

.citation p {
  margin: 0;
}

.citation .number {
  font-weight: 600;
}

.explanation {
  margin-bottom: 10px;
}

section {
  margin: 10px 0 0;
}

h3 {
  margin: 0 0 4px;
  color: var(--muted);
  font-size: 12px;
  font-weight: 700;
  letter-spacing: 0.04em;
  text-transform: uppercase;
}

.time {
  padding: 8px 10px;
  border: 1px solid var(--time-border);
  border-radius: 6px;
  background: var(--time-bg);
}

.time p {
  margin: 0;
}

.time p + p {
  margin-top: 6px;
}

.time .label {
  font-weight: 700;
}

.time .then .label {
  color: var(--then-fg);
}

ul {
  margin: 0;
  padding: 0;
  list-style: none;
}

.legal li {
  margin: 0 0 6px;
  padding: 6px 0 0;
  border-top: 1px solid var(--border);
}

.legal li:first-child {
  border-top: 0;
  padding-top: 0;
}

.document {
  font-weight: 600;
}

.facts {
  color: var(--muted);
  font-size: 13px;
}

.status {
  display: inline-block;
  margin-right: 6px;
  font-size: 13px;
}

.unverified-badge {
  display: inline-block;
  margin: 0 6px 0 0;
  padding: 0 6px;
  border: 1px dashed var(--warn-border);
  border-radius: 4px;
  color: var(--warn-fg);
  background: var(--warn-bg);
  font-size: 12px;
  font-weight: 600;
}

.unverified .document,
.unverified .facts {
  font-style: italic;
}

a {
  white-space: nowrap;
  color: var(--accent);
  text-decoration: underline;
  text-underline-offset: 2px;
}

.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.related-list {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
}

.related-list button {
  max-width: 100%;
  margin: 0;
  padding: 3px 10px;
  border: 1px solid var(--border);
  border-radius: 999px;
  background: var(--button-bg);
  font-size: 13px;
  text-align: start;
}

.related-list button:hover {
  background: var(--button-hover);
  border-color: var(--accent);
}

@media (prefers-reduced-motion: no-preference) {
  .panel.positioned {
    animation: appear 0.12s ease-out;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
}
`;
