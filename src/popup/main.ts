import browser from 'webextension-polyfill';
import { createElement } from '../shared/create-element.ts';
import { getMessage } from '../shared/get-message.ts';
import { showBackgroundVersion } from '../shared/show-background-version.ts';

document.documentElement.lang = getMessage('lang');
document.title = getMessage('extName');

const icon = createElement('img', { className: 'icon' });
icon.src = 'icons/icon-32.png';
icon.alt = '';

// The on/off switch arrives with the settings; until then the extension is always on.
const state = createElement(
  'p',
  { className: 'state' },
  createElement('span', { text: getMessage('stateLabel') }),
  document.createTextNode(' '),
  createElement('strong', { id: 'state', className: 'state-on', text: getMessage('stateOn') }),
);

const optionsButton = createElement('button', { id: 'open-options', text: getMessage('openOptions') });
optionsButton.type = 'button';
optionsButton.addEventListener('click', () => {
  void browser.runtime.openOptionsPage().then(() => window.close());
});

const version = createElement('span', { id: 'version', className: 'version', text: '…' });

document
  .getElementById('app')
  ?.append(
    createElement('header', { className: 'header' }, icon, createElement('h1', { text: getMessage('extName') })),
    createElement('p', { id: 'intro', text: getMessage('pageIntro') }),
    state,
    createElement('footer', { className: 'footer' }, version, optionsButton),
  );

void showBackgroundVersion(version);
