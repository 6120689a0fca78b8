import { getMessage } from './get-message.ts';
import { sendToBackground } from './send-to-background.ts';

/**
 * Asks the background for the extension's version and shows it in `target`, or says that the
 * background did not answer. Also proves, on every extension page, that messaging works.
 */
export async function showBackgroundVersion(target: HTMLElement): Promise<void> {
  try {
    const { version } = await sendToBackground({ type: 'ping' });
    target.textContent = getMessage('versionLabel', version);
    target.dataset.version = version;
  } catch (error) {
    console.warn('[Thuật ngữ CCHC] the background did not answer', error);
    target.textContent = getMessage('versionUnavailable');
  }
}
