import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasDisplay } from './has-display.ts';

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux', () => {
    assert.equal(hasDisplay({ platform: 'linux', env: {} }), false);
    assert.equal(hasDisplay({ platform: 'linux', env: { DISPLAY: '' } }), false);
    assert.equal(hasDisplay({ platform: 'linux', env: { DISPLAY: ':0' } }), true);
    assert.equal(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }), true);
    assert.equal(hasDisplay({ platform: 'freebsd', env: {} }), false);
  });

  it('takes a desktop for granted on macOS and Windows', () => {
    assert.equal(hasDisplay({ platform: 'darwin', env: {} }), true);
    assert.equal(hasDisplay({ platform: 'win32', env: {} }), true);
  });
});
