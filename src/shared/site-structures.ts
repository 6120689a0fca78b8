/**
 * Known article structure of the news sites we run on: where the headline, sapo and body are, and
 * what inside them is not the article. Each selector list is tried in order; the first element with
 * text wins. A site not listed gets the general rule (article-extent.ts), which these only refine.
 *
 * Checked against real saved pages (test/fixtures/pages): baochinhphu, baodautu, cafef, dantri, nhandan,
 * nld, tienphong, tuoitre, vietnamnet, vnexpress. The others follow the sites' published markup as read
 * from public scrapers, news readers and the sites' own scripts; their fixtures are reconstructions
 * (test/fixtures/sites/README.md says which parts were read and which guessed).
 */
export interface SiteStructure {
  headline?: readonly string[];
  sapo?: readonly string[];
  body: readonly string[];
  /** Blocks inside the article's container that are not the article (beside the general words). */
  exclude?: readonly string[];
}

/** The CMS of nhandan, tienphong, baochinhphu's sister sites (cms-title / cms-desc / cms-body). */
const CMS_ARTICLE: SiteStructure = {
  headline: ['h1.article__title', 'h1.cms-title'],
  sapo: ['.article__sapo', '.cms-desc'],
  body: ['.article__body', '.cms-body'],
  exclude: ['.cms-relate', '.article-relate', '.box-related', '.related-news'],
};

/**
 * VCCorp's CMS (tuoitre, thanhnien, nld, baochinhphu and the Government portal chinhphu.vn, cafef …):
 * detail-title / detail-sapo / detail-content, with related boxes (RelatedNewsBox) inside the body.
 */
const VCCORP: SiteStructure = {
  headline: ['h1.detail-title', 'h1.article-title', 'h1.title', '[data-role="title"]'],
  sapo: ['.detail-sapo', 'h2.sapo', '[data-role="sapo"]'],
  body: ['.detail-content', '[data-role="content"]', '.detail-cmain'],
  exclude: ['[type="RelatedNewsBox"]', '[type="RelatedOneNews"]', '.VCSortableInPreviewMode.link-content-footer'],
};

/**
 * znews.vn (formerly zingnews.vn). The article element holds headline and body, so all of it is read;
 * but it also holds a "Đọc tiếp" list (section.sidebar, seen on a saved page) and related articles may
 * sit in the body as table.article (a news reader's list).
 */
const ZNEWS: SiteStructure = {
  headline: ['h1.the-article-title'],
  sapo: ['.the-article-summary'],
  body: ['.the-article-body'],
  exclude: ['table.article', '.the-article section.sidebar'],
};

/** Host (without `www.`) or parent domain → structure. */
const SITES: Record<string, SiteStructure> = {
  'baodautu.vn': {
    headline: ['.title-detail'],
    sapo: ['.sapo_detail'],
    body: ['#content_detail_news'],
    exclude: ['.news_relate_one', '.box_comment'],
  },
  'cafef.vn': VCCORP,
  'tuoitre.vn': VCCORP,
  'thanhnien.vn': VCCORP,
  'baochinhphu.vn': VCCORP,
  // The Government portal and its sections (xaydungchinhsach.chinhphu.vn): same publisher, same CMS.
  'chinhphu.vn': VCCORP,
  'nld.com.vn': VCCORP,
  'nhandan.vn': CMS_ARTICLE,
  'tienphong.vn': CMS_ARTICLE,
  'laodong.vn': {
    headline: ['.detail h1', 'h1.title'],
    sapo: ['.chappeau', '.sapo'],
    body: ['.art-body', '.article-content'],
  },
  'vnexpress.net': {
    headline: ['h1.title-detail', 'h1.title-news'],
    sapo: ['p.description'],
    body: ['article.fck_detail', '.fck_detail'],
    exclude: ['.box-tinlienquanv2', '.list-news', '.box_category', '.width_common.box-tinlienquan'],
  },
  'dantri.com.vn': {
    // The 2025 layout marks its parts with data-slot; the older one (singular-*) and e-magazine remain.
    headline: ['h1[data-slot="title"]', 'h1.title-page', 'h1.e-magazine__title'],
    sapo: ['[data-slot="sapo"]', 'h2.singular-sapo', '.e-magazine__sapo'],
    body: ['[data-slot="content"]', '.singular-content', '.e-magazine__body'],
    // Related articles drawn into the body by a script.
    exclude: ['[data-module="related-article-in-content"]'],
  },
  'vietnamnet.vn': {
    headline: ['h1.content-detail-title'],
    sapo: ['h2.content-detail-sapo', '.content-detail-sapo'],
    body: ['#maincontent', '.maincontent'],
  },
  'znews.vn': ZNEWS,
  'zingnews.vn': ZNEWS,
  'qdnd.vn': {
    headline: ['h1.post-title', '.post-title'],
    sapo: ['.post-summary'],
    body: ['.post-content', '.article-detail'],
  },
  'vov.vn': {
    headline: ['h1.article-title', 'h1'],
    sapo: ['.article-summary', '.sapo'],
    // The text itself (div.text-long in div.row.article-content), else the article element (.detail--normal).
    body: ['.text-long', '.article-content', '.detail--normal'],
    // A related story inside the body (article.inner-article, seen on a saved page) and the list after it.
    exclude: ['.inner-article', '.field-related-article'],
  },
  // Class names are build hashes (these read by scrapers): when they change, the general rule applies.
  'baomoi.com': {
    headline: ['h1.bm_S'],
    body: ['.bm_C'],
  },
};

/** The known structure of `hostname`, or undefined: the general rule applies. */
export function siteStructureOf(hostname: string): SiteStructure | undefined {
  let host = hostname.toLowerCase().replace(/^www\./, '');
  for (;;) {
    const site = SITES[host];
    if (site) return site;
    const dot = host.indexOf('.');
    if (dot < 0 || host.indexOf('.', dot + 1) < 0) return undefined;
    host = host.slice(dot + 1);
  }
}
