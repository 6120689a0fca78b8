/**
 * Messages from the background to a tab's content script. The content script checks each one with
 * `isTabMessage` and that it comes from its own extension.
 */
export type TabMessage = { type: 'move-to-term'; direction: 'next' | 'previous' };

/** The keyboard commands of the manifest that move between terms, and their direction. */
export const termCommands: Readonly<Record<string, 'next' | 'previous'>> = {
  'next-term': 'next',
  'previous-term': 'previous',
};

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.type === 'move-to-term' && (m.direction === 'next' || m.direction === 'previous') && Object.keys(m).length === 2
  );
}
