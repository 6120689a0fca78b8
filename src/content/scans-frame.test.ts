import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FrameWindow, scansThisFrame } from './scans-frame.ts';

function frameIn(top: FrameWindow, origin: string): FrameWindow {
  return { top, location: { origin } };
}

describe('scansThisFrame', () => {
  const top: FrameWindow = { top: null, location: { origin: 'https://vnexpress.net' } };
  top.top = top;

  it('scans the top frame', () => {
    assert.equal(scansThisFrame(top), true);
  });

  it('scans a frame of the top page’s origin', () => {
    assert.equal(scansThisFrame(frameIn(top, 'https://vnexpress.net')), true);
  });

  it('does not scan a frame of another origin, even another listed site', () => {
    assert.equal(scansThisFrame(frameIn(top, 'https://tuoitre.vn')), false);
  });

  it('does not scan a sandboxed frame (opaque origin)', () => {
    const opaqueTop: FrameWindow = { top: null, location: { origin: 'null' } };
    assert.equal(scansThisFrame(frameIn(opaqueTop, 'null')), false);
  });

  it('does not scan when the top window refuses to tell its origin (cross-origin)', () => {
    const guarded = {
      top: null,
      get location(): { origin: string } {
        throw new Error('SecurityError: Blocked a frame from accessing a cross-origin frame');
      },
    };
    assert.equal(scansThisFrame(frameIn(guarded, 'https://vnexpress.net')), false);
  });
});
