import { createElement } from './create-element.ts';
import {
  type DocumentFacts,
  type ExplainContext,
  type ExplainInput,
  type Explanation,
  explainTerm,
  type LinkOut,
} from './explain-term.ts';
import { reportMistakeUrl } from './report-mistake-url.ts';

export type { Translate } from './explain-term.ts';

/** What the explanation of one term is rendered from, besides the term itself. */
export interface ExplanationContext extends ExplainContext {
  /** Called with an entry id when one of the related-term buttons is pressed. */
  onRelated: (id: string) => void;
  /** Puts text on the clipboard (the "copy" button); without it, no button. */
  onCopy?: (text: string) => Promise<boolean>;
  /** "Don't highlight this term" (stores the entry id); without it, no button. */
  onHide?: (id: string) => void;
  /** "Report a mistake": the tracker (package.json `bugs`, built in), the page, the version; none, no link. */
  report?: { tracker: string; page?: string | undefined; version: string } | undefined;
}

/**
 * The explanation as plain text, for the clipboard: the name and gloss, the explanation, then and now,
 * and each legal document as a citation ("Nghị định 118/2025/NĐ-CP …, <title>, <facts>. <status>").
 */
export function explanationText(model: Explanation): string {
  const lines: string[] = [model.gloss ? `${model.title} (${model.gloss})` : model.title];
  const documentLine = (d: DocumentFacts) =>
    `${d.label}${d.article ? `, ${d.article}` : ''}: ${d.title}. ${d.facts}. ${d.status}`;
  if (model.citation?.document) lines.push(documentLine(model.citation.document));
  if (model.text) lines.push(model.text);
  for (const line of model.time?.lines ?? []) lines.push(`${line.label} ${line.text}`);
  for (const item of model.legal?.items ?? []) lines.push(`- ${documentLine(item)}`);
  if (model.checked) lines.push(model.checked);
  return lines.join('\n');
}

/** The reader's tools under the explanation: copy it, stop highlighting the term, report a mistake. */
function renderTools(model: Explanation, ctx: ExplanationContext): Node | undefined {
  const { onCopy, onHide, report } = ctx;
  const reportHref =
    report &&
    reportMistakeUrl(
      report.tracker,
      {
        term: model.title,
        termId: model.entryId,
        page: report.page,
        version: report.version,
        checked: ctx.documents.checked,
      },
      ctx.lang,
    );
  if (!onCopy && !onHide && !reportHref) return undefined;
  const tools = createElement('p', { className: 'tools' });
  // Said where the reader is (a live region): "Đã sao chép" or, where the page forbids it, that it failed.
  const status = createElement('span', { className: 'copy-status' });
  status.setAttribute('role', 'status');
  if (onCopy) {
    const button = createElement('button', { className: 'copy', text: ctx.t('popupCopy') });
    button.type = 'button';
    button.addEventListener('click', () => {
      void onCopy(explanationText(model)).then((ok) => {
        status.textContent = ctx.t(ok ? 'popupCopied' : 'popupCopyFailed');
      });
    });
    tools.append(button);
  }
  if (onHide) {
    const button = createElement('button', { className: 'hide-term', text: ctx.t('popupHideTerm') });
    button.type = 'button';
    button.addEventListener('click', (event) => {
      // The reader's own press only: a page's script can click inside an open shadow root.
      if (!event.isTrusted) return;
      onHide(model.entryId);
      button.disabled = true;
      status.textContent = ctx.t('popupTermHidden');
    });
    tools.append(button);
  }
  // A link the reader follows (or not): nothing is sent by the extension itself.
  if (reportHref) tools.append(link({ href: reportHref, text: ctx.t('popupReport') }, ctx));
  tools.append(status);
  return tools;
}

/** One explanation to show: the entry and what the page said. */
export type ExplanationInput = ExplainInput;

/** The id of the heading that names the dialog (unique within the popup's shadow root). */
export const TITLE_ID = 'cchc-title';

function link({ href, text }: LinkOut, ctx: ExplanationContext): HTMLAnchorElement {
  const a = createElement('a', { text: `${text} ↗` });
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.append(createElement('span', { className: 'sr-only', text: ` ${ctx.t('popupNewTab')}` }));
  return a;
}

function renderHeader(model: Explanation, ctx: ExplanationContext): Node[] {
  const category = createElement('p', { className: 'category', text: model.category });
  // The reader's own term says so: its explanation is theirs, not the glossary's.
  if (model.own) category.append(createElement('span', { className: 'own', text: ctx.t('popupOwnTerm') }));
  const title = createElement('h2', { id: TITLE_ID, className: 'title', text: model.title });
  // Focus lands on the heading when the popup opens, so a screen reader starts at the term's name.
  title.tabIndex = -1;
  const nodes: Node[] = [category, title];
  if (model.gloss) nodes.push(createElement('p', { className: 'gloss', text: model.gloss }));
  if (model.asWritten) nodes.push(createElement('p', { className: 'as-written', text: model.asWritten }));
  return nodes;
}

function renderDocument(facts: DocumentFacts, ctx: ExplanationContext, tag: 'li' | 'div'): HTMLElement {
  const item = createElement(tag, facts.confirmed ? {} : { className: 'unverified' });
  if (!facts.confirmed) {
    item.append(createElement('span', { className: 'unverified-badge', text: ctx.t('popupUnverified') }));
  }
  item.append(createElement('span', { className: 'document', text: facts.label }));
  if (facts.article) item.append(document.createTextNode(`, ${facts.article}`));
  item.append(createElement('div', { className: 'doc-title', text: facts.title }));
  if (facts.note) item.append(createElement('div', { className: 'doc-note', text: facts.note }));
  if (facts.context) item.append(createElement('div', { className: 'doc-note', text: facts.context }));
  item.append(createElement('div', { className: 'facts', text: facts.facts }));
  if (facts.atArticle) {
    item.append(createElement('div', { className: 'at-article', text: ctx.t('popupAtArticle', facts.atArticle) }));
  }
  const statusLine = createElement('div', {}, createElement('span', { className: 'status', text: facts.status }));
  for (const source of facts.sources) statusLine.append(link(source, ctx));
  item.append(statusLine);
  if (facts.unconfirmed) item.append(createElement('div', { className: 'caveat', text: facts.unconfirmed }));
  return item;
}

function renderCitation(model: Explanation, ctx: ExplanationContext): Node | undefined {
  const citation = model.citation;
  if (!citation) return undefined;
  const box = createElement(
    'div',
    { className: 'citation' },
    createElement('p', { className: 'number', text: citation.number }),
  );
  if (citation.document) box.append(renderDocument(citation.document, ctx, 'div'));
  if (citation.kind) box.append(createElement('p', { className: 'kind', text: citation.kind }));
  if (citation.caveat) box.append(createElement('p', { className: 'caveat', text: citation.caveat }));
  if (citation.lookups.length > 0) {
    box.append(createElement('p', { className: 'lookups' }, ...citation.lookups.map((l) => link(l, ctx))));
  }
  return box;
}

function renderTime(model: Explanation): Node | undefined {
  if (!model.time) return undefined;
  return createElement(
    'section',
    { className: 'time' },
    createElement('h3', { text: model.time.heading }),
    ...model.time.lines.map((line) =>
      createElement(
        'p',
        { className: line.kind },
        createElement('span', { className: 'label', text: line.label }),
        document.createTextNode(` ${line.text}`),
      ),
    ),
  );
}

function renderLegal(model: Explanation, ctx: ExplanationContext): Node | undefined {
  if (!model.legal) return undefined;
  return createElement(
    'section',
    { className: 'legal' },
    createElement('h3', { text: model.legal.heading }),
    createElement('ul', {}, ...model.legal.items.map((facts) => renderDocument(facts, ctx, 'li'))),
  );
}

function renderRelated(model: Explanation, ctx: ExplanationContext): Node | undefined {
  if (model.related.length === 0) return undefined;
  const buttons = model.related.map(({ id, label, title }) => {
    const button = createElement('button', { text: label });
    button.type = 'button';
    button.dataset.id = id;
    button.title = title;
    button.addEventListener('click', () => ctx.onRelated(id));
    return button;
  });
  return createElement(
    'section',
    { className: 'related' },
    createElement('h3', { text: ctx.t('popupRelatedHeading') }),
    createElement('div', { className: 'related-list' }, ...buttons),
  );
}

/**
 * The explanation of one term as DOM, from the model `explainTerm` gives (the `explain` command prints the
 * same model). Built with `createElement`/`textContent` only: glossary and page text never go through an
 * HTML parser.
 */
export function renderExplanation(input: ExplanationInput, ctx: ExplanationContext): HTMLElement {
  const model = explainTerm(input, ctx);
  const parts: (Node | undefined)[] = [
    ...renderHeader(model, ctx),
    model.note ? createElement('p', { className: 'note', text: `⚠ ${model.note}` }) : undefined,
    renderCitation(model, ctx),
    model.text ? createElement('p', { className: 'explanation', text: model.text }) : undefined,
    model.ownSources.length > 0
      ? createElement('p', { className: 'own-sources' }, ...model.ownSources.map((l) => link(l, ctx)))
      : undefined,
    renderTime(model),
    model.confidence
      ? createElement('p', { className: model.confidence.level, text: model.confidence.text })
      : undefined,
    renderLegal(model, ctx),
    model.checked ? createElement('p', { className: 'checked', text: model.checked }) : undefined,
    renderTools(model, ctx),
    renderRelated(model, ctx),
  ];
  const content = createElement('div', { className: 'content' });
  content.dataset.entry = model.entryId;
  content.append(...parts.filter((part): part is Node => part !== undefined));
  return content;
}
