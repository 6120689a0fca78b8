import { sendToBackground } from './send-to-background.ts';
import type { ListSettingName } from './settings-values.ts';

/**
 * Adds `item` to list setting `name` (`present`) or takes it out, from an extension page. The background
 * makes the change (it reads the list and writes it in one queue, background/storage-queue.ts): a page
 * reading the list, changing it and writing it back would lose a change another context (a second
 * page, the toolbar popup, a tab's "Don't highlight this term") made in between. Background only:
 * `runtime.sendMessage` does not reach its own context.
 */
export async function changeListSetting(name: ListSettingName, item: string, present: boolean): Promise<string[]> {
  return (await sendToBackground({ type: 'change-list-setting', name, item, present })).list;
}
