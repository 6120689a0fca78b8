import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './shared-dir.ts';

const TARGET_BYTES = 5 * 1024 * 1024;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The corpus as news articles on one page, repeated to ≥ 5 MB of HTML, with some inline markup. By
 * default each is an `<article>` (a listing of 1,200 articles: the extension scans only the first one,
 * as it should). `oneArticle` makes them sections of one `<article>`, one very long article: what the
 * extension scans is then the whole 5 MB, which bench:extension compares with a bare walk of the page.
 */
export function corpusPage({ oneArticle = false }: { oneArticle?: boolean } = {}): string {
  const tag = oneArticle ? 'section' : 'article';
  const dir = sharedDir('corpus/articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      const paragraphs = lines.slice(1).map((l, i) => {
        const text = escapeHtml(l);
        // Every third paragraph gets inline elements in the middle of its text, as news markup has.
        if (i % 3 !== 1) return `<p>${text}</p>`;
        const words = text.split(' ');
        const k = Math.floor(words.length / 2);
        return `<p>${words.slice(0, k).join(' ')} <b>${words.slice(k, k + 3).join(' ')}</b> <a href="#x">${words.slice(k + 3, k + 6).join(' ')}</a> ${words.slice(k + 6).join(' ')}</p>`;
      });
      return `<${tag}><h2>${escapeHtml(lines[0] ?? '')}</h2>\n${paragraphs.join('\n')}\n</${tag}>`;
    });
  const once = articles.join('\n');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(once));
  const body = Array.from({ length: copies }, () => once).join('\n');
  const main = oneArticle ? `<article><h1>corpus</h1>${body}</article>` : body;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>corpus</title></head><body><main>${main}</main></body></html>`;
}
