/** What a mistake report names: which term, where the reader met it, which data they had. */
export interface MistakeFacts {
  term: string;
  termId: string;
  /** The page's address (the explanation on a news page); none on the glossary page. */
  page?: string | undefined;
  /** The extension's version, which fixes the glossary it carries. */
  version: string;
  /** The day the legal facts were last checked (data/documents.json `checked`). */
  checked: string;
}

/**
 * The address of a new issue at `tracker` (package.json `bugs.url`) with the term, the page and the
 * glossary's version filled in, for the reader to read, complete and send themselves: a link, so nothing
 * leaves the browser unless they click it and then submit. GitHub's form (`…/issues/new?title=&body=`)
 * when the tracker is an `/issues` address, else the same two fields as a query. Undefined without an
 * https tracker.
 */
export function reportMistakeUrl(tracker: string, facts: MistakeFacts, lang: 'vi' | 'en'): string | undefined {
  let url: URL;
  try {
    url = new URL(tracker);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  if (/\/issues\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/$/, '')}/new`;
  const vi = lang === 'vi';
  const body = [
    `${vi ? 'Thuật ngữ' : 'Term'}: ${facts.term} (${facts.termId})`,
    ...(facts.page ? [`${vi ? 'Trang' : 'Page'}: ${facts.page}`] : []),
    `${vi ? 'Phiên bản' : 'Version'}: ${facts.version}, ${vi ? 'dữ liệu pháp lý kiểm tra đến' : 'legal data checked'} ${facts.checked}`,
    '',
    vi ? 'Lỗi là gì, và nguồn cho thông tin đúng:' : 'What is wrong, and a source for the right information:',
    '',
  ].join('\n');
  url.searchParams.set('title', `${vi ? 'Báo lỗi' : 'Mistake'}: ${facts.term}`);
  url.searchParams.set('body', body);
  return url.href;
}
