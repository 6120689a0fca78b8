import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBadgeReporter } from './badge-reporter.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createBadgeReporter', () => {
  it('sends the count once the changes stop, and only when it changed', async () => {
    let count = 3;
    const sent: number[] = [];
    const badge = createBadgeReporter(
      () => count,
      (n) => sent.push(n),
      10,
    );
    badge.schedule();
    badge.schedule();
    await wait(30);
    assert.deepEqual(sent, [3]);
    badge.schedule();
    await wait(30);
    assert.deepEqual(sent, [3], 'unchanged: not sent again');
    count = 0;
    badge.schedule();
    await wait(30);
    assert.deepEqual(sent, [3, 0]);
  });

  it('sends nothing while the count stays 0 from the start (the badge is empty already)', async () => {
    let count = 0;
    const sent: number[] = [];
    const badge = createBadgeReporter(
      () => count,
      (n) => sent.push(n),
      10,
    );
    badge.schedule();
    await wait(30);
    assert.deepEqual(sent, []);
    count = 2;
    badge.schedule();
    await wait(30);
    assert.deepEqual(sent, [2]);
  });

  it('sends the same count again when asked to', async () => {
    const sent: number[] = [];
    const badge = createBadgeReporter(
      () => 5,
      (n) => sent.push(n),
      10,
    );
    badge.schedule();
    await wait(30);
    badge.resend();
    await wait(30);
    assert.deepEqual(sent, [5, 5]);
  });
});
