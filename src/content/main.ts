import { sendToBackground } from '../shared/send-to-background.ts';

// Placeholder until the highlighter lands: data attributes on <html> show that the content script
// ran and that the background answered, without changing what the page looks like.
const root = document.documentElement;
root.dataset.cchcReady = '1';

sendToBackground({ type: 'ping' }).then(
  (answer) => {
    root.dataset.cchcVersion = answer.version;
  },
  (error: unknown) => {
    console.warn('[Thuật ngữ CCHC] the background did not answer', error);
  },
);
