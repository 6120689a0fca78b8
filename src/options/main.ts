import { createElement } from '../shared/create-element.ts';
import { getMessage } from '../shared/get-message.ts';
import { showBackgroundVersion } from '../shared/show-background-version.ts';

document.documentElement.lang = getMessage('lang');
document.title = getMessage('optionsTitle');

const version = createElement('p', { id: 'version', className: 'version', text: '…' });

document
  .getElementById('app')
  ?.append(
    createElement('h1', { text: getMessage('optionsTitle') }),
    createElement('p', { id: 'intro', text: getMessage('pageIntro') }),
    createElement('section', { className: 'settings' }, createElement('p', { text: getMessage('optionsEmpty') })),
    version,
  );

void showBackgroundVersion(version);
