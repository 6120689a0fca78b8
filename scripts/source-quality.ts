/**
 * Which sources a careful reader accepts for a legal fact. An allow-list, not a block-list: a page from a
 * site not named here (a blog, a document-sharing site, a company) cannot back a confirmed fact, however
 * well it reads. Order of trust: official texts and portals, then the established legal databases, then
 * national newspapers.
 */
export type SourceKind = 'official' | 'legal-database' | 'newspaper' | 'not-accepted';

const OFFICIAL = [
  'vbpl.vn',
  'congbao.chinhphu.vn',
  'chinhphu.vn',
  'baochinhphu.vn',
  'quochoi.vn',
  'dangcongsan.vn',
  'dangcongsan.org.vn',
  'tulieuvankien.dangcongsan.vn',
  'xaydungchinhsach.chinhphu.vn',
  // State publications: the Ministry of Justice's law magazine, the public-administration academy's journal.
  'vietnamlawmagazine.vn',
  'quanlynhanuoc.vn',
  'tapchicongsan.org.vn',
  // Tạp chí Công Thương: the Ministry of Industry and Trade's own journal, a state publication like quanlynhanuoc.vn.
  'tapchicongthuong.vn',
  // The publishers of the indices the glossary explains: the authority on their own index.
  'papi.org.vn',
  'pcivietnam.vn',
  'vcci.com.vn',
];
/** Every state body's own site ends in .gov.vn (ministries, provinces, the Social Insurance agency …). */
const OFFICIAL_SUFFIX = '.gov.vn';
const LEGAL_DATABASES = [
  'thuvienphapluat.vn',
  'luatvietnam.vn',
  'hethongphapluat.vn',
  'hethongphapluat.com',
  'lawnet.vn',
];
const NEWSPAPERS = [
  'nhandan.vn',
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
  'vov.vn',
  'vtv.vn',
  'qdnd.vn',
  'laodong.vn',
  'tienphong.vn',
  'vietnamplus.vn',
  'baotintuc.vn',
  'nld.com.vn',
  'plo.vn',
  'sggp.org.vn',
  'baophapluat.vn',
  'cand.com.vn',
  'znews.vn',
  'vneconomy.vn',
  'baodautu.vn',
  'thoibaonganhang.vn',
  'vnanet.vn',
  'kinhtedothi.vn',
  'hanoimoi.vn',
  'daibieunhandan.vn',
  'congly.vn',
  'baomoi.com',
  'vietnamnews.vn',
  'vtcnews.vn',
  'baodauthau.vn',
  'thoibaotaichinhvietnam.vn',
];

/** Addresses of search results and tag lists: they show that words occur somewhere, not what a text says. */
const LISTING = /[?&](q|s|key|keyword|query|search)=|\/(search|tim-kiem|tag|tags|tu-khoa)(\/|\.|$)/i;

function onSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

export function sourceKind(address: string): SourceKind {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'not-accepted';
  }
  if (LISTING.test(`${url.pathname}${url.search}`)) return 'not-accepted';
  const host = url.hostname.toLowerCase();
  if (OFFICIAL.some((site) => onSite(host, site)) || host.endsWith(OFFICIAL_SUFFIX)) return 'official';
  if (LEGAL_DATABASES.some((site) => onSite(host, site))) return 'legal-database';
  if (NEWSPAPERS.some((site) => onSite(host, site))) return 'newspaper';
  return 'not-accepted';
}
