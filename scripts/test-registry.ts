import type { DocumentRegistry } from '../src/glossary/types.ts';

/** A decree replaced in 2020 by another: enough registry for the entries' checks. */
export const testRegistry: DocumentRegistry = {
  checked: '2026-12-06',
  documents: [
    {
      id: '1-2010-nd-cp',
      type: 'nghi-dinh',
      number: '1/2010/NĐ-CP',
      title: { vi: 'Về thử nghiệm', en: 'On testing' },
      issuer: { vi: 'Chính phủ', en: 'the Government' },
      signed: '2009-12-01',
      effective: '2010-01-01',
      ended: '2020-01-01',
      status: 'replaced',
      replacedBy: ['2-2019-nd-cp'],
      sources: [{ url: 'https://vbpl.vn/x', supports: 'all' }],
    },
    {
      id: '2-2019-nd-cp',
      type: 'nghi-dinh',
      number: '2/2019/NĐ-CP',
      title: { vi: 'Về thử nghiệm mới', en: 'On new testing' },
      issuer: { vi: 'Chính phủ', en: 'the Government' },
      signed: '2019-11-01',
      effective: '2020-01-01',
      status: 'in-force',
      sources: [{ url: 'https://thuvienphapluat.vn/y', supports: 'all' }],
    },
  ],
};
