import type { MessageName } from './get-message.ts';

/** A locale file's shape: `_locales/<lang>/messages.json`. */
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `browser.i18n.getMessage` over a parsed locale file, for code that runs outside the browser (the
 * `explain` command, tests): named placeholders first, then the `$1`… substitutions they point to.
 */
export function translator(messages: Messages): (name: MessageName, substitutions?: string | string[]) => string {
  return (name, substitutions) => {
    const entry = messages[name];
    if (!entry) throw new Error(`no message ${name}`);
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message
      .replace(
        /\$([\w@]+)\$/g,
        (_, placeholder: string) => entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '',
      )
      .replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  };
}
