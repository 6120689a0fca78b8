import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../glossary/types.ts';
import type { ExplanationPopup } from './explanation-popup.ts';
import { type ExplanationData, lazyExplanationPopup } from './lazy-explanation-popup.ts';

function entry(id: string, explanation: string): Entry {
  return {
    id,
    term: id,
    category: 'procedure',
    forms: [id],
    gloss: { vi: '' },
    explanation: { vi: explanation },
    legal: [],
    related: [],
    confidence: 'high',
    sources: [],
  };
}

const anchor = { getBoundingClientRect: () => ({}) as DOMRect };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyExplanationPopup', () => {
  it('loads the data once, on the first open, and explains bundled entries from it and own ones as they are', async () => {
    let loads = 0;
    const data: ExplanationData = {
      entries: [entry('a', 'full explanation of a')],
      documents: { checked: '2026-01-01', documents: [] },
    };
    const load = async () => {
      loads++;
      return data;
    };
    const opened: string[] = [];
    let seen: ReadonlyMap<string, Entry> | undefined;
    const create = (options: { entries: ReadonlyMap<string, Entry> }): ExplanationPopup => {
      seen = options.entries;
      return {
        open: (id) => opened.push(id),
        openUnknown: () => {},
        close: () => {},
        isOpen: true,
        destroy: () => {},
      };
    };
    const pageEntries = new Map([
      ['a', entry('a', '')],
      ['own', entry('own', 'mine')],
    ]);
    const options = { entries: pageEntries, documents: { checked: '', byId: new Map(), byKey: new Map() } };
    const popup = lazyExplanationPopup({ ...options, today: '2026-12-06', lang: 'vi' }, load, create);
    assert.equal(loads, 0, 'nothing is loaded before the first open');
    popup.open('a', anchor);
    await tick();
    assert.deepEqual(opened, ['a']);
    assert.equal(seen?.get('a')?.explanation.vi, 'full explanation of a');
    assert.equal(seen?.get('own')?.explanation.vi, 'mine');
    popup.open('own', anchor);
    await tick();
    assert.deepEqual(opened, ['a', 'own']);
    assert.ok(loads <= 1, 'the data is asked for once per frame');
  });

  it('drops an open that was still waiting when the popup was closed', async () => {
    const opened: string[] = [];
    const create = (): ExplanationPopup => ({
      open: (id) => opened.push(id),
      openUnknown: () => {},
      close: () => {},
      isOpen: false,
      destroy: () => {},
    });
    const popup = lazyExplanationPopup(
      {
        entries: new Map(),
        documents: { checked: '', byId: new Map(), byKey: new Map() },
        today: '2026-12-06',
        lang: 'vi',
      },
      async () => ({ entries: [], documents: { checked: '2026-01-01', documents: [] } }),
      create,
    );
    popup.open('x', anchor);
    popup.close();
    await tick();
    assert.deepEqual(opened, []);
  });

  it("waits for the popup's code, makes it once, and destroys one made after the page destroyed it", async () => {
    const log: string[] = [];
    let made = 0;
    let release: () => void = () => {};
    const codeCame = new Promise<void>((resolve) => {
      release = resolve;
    });
    const create = async (_options?: unknown): Promise<ExplanationPopup> => {
      made++;
      await codeCame;
      return {
        open: (id) => log.push(`open ${id}`),
        openUnknown: () => {},
        close: () => {},
        isOpen: true,
        destroy: () => log.push('destroy'),
      };
    };
    const options = {
      entries: new Map(),
      documents: { checked: '', byId: new Map(), byKey: new Map() },
      today: '2026-12-06',
      lang: 'vi' as const,
    };
    const data = async () => ({ entries: [], documents: { checked: '2026-01-01', documents: [] } });
    const popup = lazyExplanationPopup(options, data, create);
    popup.open('a', anchor);
    await tick();
    popup.open('b', anchor);
    await tick();
    assert.deepEqual(log, [], 'nothing is shown before the code has come');
    release();
    await tick();
    assert.deepEqual(log, ['open b'], 'only the latest open is shown');
    assert.equal(made, 1);

    let releaseLate: () => void = () => {};
    const lateCode = new Promise<void>((resolve) => {
      releaseLate = resolve;
    });
    const late = lazyExplanationPopup(options, data, async (o) => {
      await lateCode;
      return create(o);
    });
    late.open('c', anchor);
    await tick();
    late.destroy();
    releaseLate();
    await tick();
    await tick();
    assert.deepEqual(log, ['open b', 'destroy'], 'the late popup is destroyed, never opened');
  });
});
