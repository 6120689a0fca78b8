import type { Citation } from '../glossary/citations.ts';

type Words = { vi: string; en: string };

/** The kind of document a number's type code names ("NĐ" → a decree). Laws carry the legislature's code. */
const KINDS: Record<string, Words> = {
  NĐ: { vi: 'nghị định', en: 'a decree' },
  NQ: { vi: 'nghị quyết', en: 'a resolution' },
  QĐ: { vi: 'quyết định', en: 'a decision' },
  TT: { vi: 'thông tư', en: 'a circular' },
  TTLT: { vi: 'thông tư liên tịch', en: 'a joint circular' },
  CT: { vi: 'chỉ thị', en: 'a directive' },
  CĐ: { vi: 'công điện', en: 'an official telegram' },
  KH: { vi: 'kế hoạch', en: 'a plan' },
  TB: { vi: 'thông báo', en: 'a notice' },
  VBHN: { vi: 'văn bản hợp nhất', en: 'a consolidated text' },
};

/**
 * Issuer codes as they stand in document numbers. Ministries are named as the code names them, which for
 * merged ministries (2025) is the name at the time the code was in use.
 */
const ISSUERS: Record<string, Words> = {
  CP: { vi: 'Chính phủ', en: 'the Government' },
  TTg: { vi: 'Thủ tướng Chính phủ', en: 'the Prime Minister' },
  UBND: { vi: 'Ủy ban nhân dân', en: "a People's Committee" },
  HĐND: { vi: 'Hội đồng nhân dân', en: "a People's Council" },
  UBTVQH: { vi: 'Ủy ban Thường vụ Quốc hội', en: 'the Standing Committee of the National Assembly' },
  QH: { vi: 'Quốc hội', en: 'the National Assembly' },
  VPCP: { vi: 'Văn phòng Chính phủ', en: 'the Government Office' },
  BNV: { vi: 'Bộ Nội vụ', en: 'the Ministry of Home Affairs' },
  BTP: { vi: 'Bộ Tư pháp', en: 'the Ministry of Justice' },
  BTC: { vi: 'Bộ Tài chính', en: 'the Ministry of Finance' },
  BCA: { vi: 'Bộ Công an', en: 'the Ministry of Public Security' },
  BQP: { vi: 'Bộ Quốc phòng', en: 'the Ministry of National Defence' },
  BYT: { vi: 'Bộ Y tế', en: 'the Ministry of Health' },
  BGDĐT: { vi: 'Bộ Giáo dục và Đào tạo', en: 'the Ministry of Education and Training' },
  BKHĐT: { vi: 'Bộ Kế hoạch và Đầu tư', en: 'the Ministry of Planning and Investment' },
  BTTTT: { vi: 'Bộ Thông tin và Truyền thông', en: 'the Ministry of Information and Communications' },
  BKHCN: { vi: 'Bộ Khoa học và Công nghệ', en: 'the Ministry of Science and Technology' },
  BNNPTNT: { vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'the Ministry of Agriculture and Rural Development' },
  BNNMT: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'the Ministry of Agriculture and Environment' },
  BTNMT: { vi: 'Bộ Tài nguyên và Môi trường', en: 'the Ministry of Natural Resources and Environment' },
  BXD: { vi: 'Bộ Xây dựng', en: 'the Ministry of Construction' },
  BGTVT: { vi: 'Bộ Giao thông vận tải', en: 'the Ministry of Transport' },
  BCT: { vi: 'Bộ Công Thương', en: 'the Ministry of Industry and Trade' },
  BLĐTBXH: { vi: 'Bộ Lao động - Thương binh và Xã hội', en: 'the Ministry of Labour, Invalids and Social Affairs' },
  BVHTTDL: { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'the Ministry of Culture, Sports and Tourism' },
  BNG: { vi: 'Bộ Ngoại giao', en: 'the Ministry of Foreign Affairs' },
  NHNN: { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'the State Bank of Vietnam' },
  TW: { vi: 'Trung ương Đảng', en: 'the Party Central Committee' },
  TANDTC: { vi: 'Tòa án nhân dân tối cao', en: "the Supreme People's Court" },
  VKSNDTC: { vi: 'Viện kiểm sát nhân dân tối cao', en: "the Supreme People's Procuracy" },
  KTNN: { vi: 'Kiểm toán nhà nước', en: 'the State Audit Office' },
};

const ROMAN = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
];

function issuerOf(code: string): Words | undefined {
  // "UBTVQH15", "HĐND", "UBND": a legislature's code carries its term number.
  const base = code.replace(/[0-9]+$/, '').replace(/^HDND$/, 'HĐND');
  return ISSUERS[base];
}

/**
 * What a document number says by itself, in a sentence: its kind, its issuer and its year. "Luật số
 * 58/2014/QH13" → "a law passed by the National Assembly (13th term) in 2014". Unknown codes are named as
 * written rather than guessed.
 */
export function citationKind(citation: Citation, lang: 'vi' | 'en'): string {
  const year = citation.year;
  const law = /^QH([0-9]{2})$/.exec(citation.type);
  if (law) {
    const term = ROMAN[Number(law[1])] ?? law[1];
    if (lang === 'en') return `A law passed by the National Assembly (term ${term})${year ? ` in ${year}` : ''}.`;
    return `Luật do Quốc hội khóa ${term} thông qua${year ? ` năm ${year}` : ''}.`;
  }
  const kind = KINDS[citation.type];
  const issuerCode = citation.issuer.split('-')[0] ?? '';
  const issuer = issuerOf(issuerCode);
  const issuerText = issuer
    ? issuer[lang]
    : lang === 'en'
      ? `the body coded “${issuerCode}”`
      : `cơ quan có ký hiệu “${issuerCode}”`;
  const joint = citation.issuer.includes('-') ? (lang === 'en' ? ' (jointly)' : ' (liên tịch)') : '';
  if (lang === 'en') {
    const what = kind ? kind.en.replace(/^./, (c) => c.toUpperCase()) : `A document of type “${citation.type}”`;
    return `${what} issued by ${issuerText}${joint}${year ? ` in ${year}` : ''}.`;
  }
  const what = kind ? kind.vi.replace(/^./, (c) => c.toUpperCase()) : `Văn bản loại “${citation.type}”`;
  return `${what} do ${issuerText}${joint} ban hành${year ? ` năm ${year}` : ''}.`;
}
