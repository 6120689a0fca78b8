import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FrameWindow, frameHostname, scansThisFrame } from './scans-frame.ts';

function frameIn(top: FrameWindow, origin: string): FrameWindow {
  return { top, origin };
}

describe('scansThisFrame', () => {
  const top: FrameWindow = { top: null, origin: 'https://vnexpress.net' };
  top.top = top;

  it('scans the top frame', () => {
    assert.equal(scansThisFrame(top), true);
  });

  it('scans a frame of the top page’s origin', () => {
    assert.equal(scansThisFrame(frameIn(top, 'https://vnexpress.net')), true);
  });

  it('scans an about:blank or srcdoc frame by the origin its document inherits, not its address', () => {
    // What such a frame shows: location.origin is "null" (about:srcdoc has no origin), window.origin is the page's.
    const srcdoc = { top, origin: 'https://vnexpress.net', location: { origin: 'null', href: 'about:srcdoc' } };
    assert.equal(scansThisFrame(srcdoc), true);
  });

  it('does not scan a frame of another origin, even another listed site', () => {
    assert.equal(scansThisFrame(frameIn(top, 'https://tuoitre.vn')), false);
  });

  it('does not scan a sandboxed frame (opaque origin), srcdoc or not', () => {
    assert.equal(scansThisFrame(frameIn(top, 'null')), false);
    const opaqueTop: FrameWindow = { top: null, origin: 'null' };
    assert.equal(scansThisFrame(frameIn(opaqueTop, 'null')), false);
  });

  it('does not scan when the top window refuses to tell its origin (cross-origin)', () => {
    const guarded = {
      top: null,
      get origin(): string {
        throw new Error('SecurityError: Blocked a frame from accessing a cross-origin frame');
      },
    };
    assert.equal(scansThisFrame(frameIn(guarded, 'https://vnexpress.net')), false);
  });
});

describe('frameHostname', () => {
  it('is the address’s host name, or the inherited origin’s where the address has none', () => {
    assert.equal(frameHostname('vnexpress.net', 'https://vnexpress.net'), 'vnexpress.net');
    // about:srcdoc and about:blank: location.hostname is "".
    assert.equal(frameHostname('', 'http://127.0.0.1:8080'), '127.0.0.1');
    assert.equal(frameHostname('', 'https://www.tuoitre.vn'), 'www.tuoitre.vn');
    assert.equal(frameHostname('', 'null'), '');
    assert.equal(frameHostname('', undefined), '');
  });
});
