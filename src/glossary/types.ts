/** The glossary's data types; `data/glossary.schema.json` is the authority and these mirror it. */

export type Category =
  | 'procedure'
  | 'mechanism'
  | 'institution'
  | 'index'
  | 'programme'
  | 'legal-document'
  | 'document-type'
  | 'digital-government'
  | 'social-insurance'
  | 'citizens'
  | 'civil-service'
  | 'local-government'
  | 'reform-policy';

export interface Bilingual {
  vi: string;
  en?: string;
}

export interface RequireNear {
  any: string[];
  scope?: 'paragraph' | 'text';
}

export interface ContextRules {
  notAfter?: string[];
  notBefore?: string[];
  requireNear?: RequireNear;
}

export interface FormSpec extends ContextRules {
  text: string;
  case?: 'fold' | 'exact';
  note?: Bilingual;
}

export type Form = string | FormSpec;

/** A legal document's kind, as `data/documents.json` names it. */
export type DocumentType =
  | 'hien-phap'
  | 'bo-luat'
  | 'luat'
  | 'nghi-quyet'
  | 'nghi-quyet-dang'
  | 'ket-luan'
  | 'chi-thi'
  | 'nghi-dinh'
  | 'quyet-dinh'
  | 'thong-tu'
  | 'thong-tu-lien-tich';

/**
 * Where a document stands today: `amended` is in force with amendments, `replaced` has a successor,
 * `expired` ended at the end of its own term, `repealed` was abolished without one. A status no source
 * confirmed is listed in `unconfirmed` and shown as such.
 */
export type DocumentStatus = 'in-force' | 'amended' | 'replaced' | 'expired' | 'repealed';

/** A page that states a document's facts, and which facts it states. */
export interface DocumentSource {
  url: string;
  supports: string;
}

/** A fact of a registry record that can stay unconfirmed. */
export type UnconfirmedFact = 'number' | 'title' | 'issuer' | 'signed' | 'effective' | 'ended' | 'status';

/** One legal document of the registry (`data/documents.json`); entries refer to it by `id`. */
export interface LegalDocument {
  id: string;
  type: DocumentType;
  /** As printed on the document: "61/2018/NĐ-CP", "18-NQ/TW", "58/2014/QH13". */
  number: string;
  title: Bilingual;
  issuer: Bilingual;
  signed?: string;
  /** First day in force. */
  effective?: string;
  /** First day no longer in force (exclusive, like a period's `until`). */
  ended?: string;
  /** Left out when no source established it. */
  status?: DocumentStatus;
  /** When the status last changed. */
  statusSince?: string;
  amendedBy?: string[];
  replacedBy?: string[];
  /**
   * The facts above that no accepted source confirmed: shown to the reader as not confirmed, never as
   * facts. Every fact not listed here was read in one of `sources`.
   */
  unconfirmed?: UnconfirmedFact[];
  /** Context the reader needs, e.g. what a programme covered. */
  note?: Bilingual;
  sources: DocumentSource[];
}

export interface DocumentRegistry {
  /** The day the registry was last checked against its sources (YYYY-MM-DD). */
  checked: string;
  documents: LegalDocument[];
}

/** An entry's legal basis: a document of the registry, and where in it. */
export interface LegalRef {
  /** A registry document id. */
  document: string;
  /** Article or clause, e.g. "khoản 1 Điều 3". */
  article?: string;
  /** What this document says about the term, when the title does not make it plain. */
  note?: Bilingual;
}

export interface Period {
  from?: string;
  until?: string;
  vi: string;
  en?: string;
  /** Registry document ids in force for the whole period; empty where the thing did not exist yet. */
  basis?: string[];
}

export interface Entry {
  id: string;
  term: string;
  category: Category;
  forms: Form[];
  abbreviations?: Form[];
  /** Registry ids of the documents this entry is about: their numbers in a text open this entry. */
  documents?: string[];
  citationCodes?: string[];
  context?: ContextRules;
  gloss: Bilingual;
  explanation: Bilingual;
  legal: LegalRef[];
  timeline?: Period[];
  related: string[];
  confidence: 'high' | 'medium' | 'low';
  confidenceNote?: Bilingual;
  sources: string[];
}

export interface GlossaryFile {
  entries: Entry[];
}
