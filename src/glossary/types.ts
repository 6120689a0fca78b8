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

export interface LegalBasis {
  document: string;
  ref?: string;
  article?: string;
  issuer: string;
  issued?: string;
  effective?: string;
  until?: string;
  status: 'in-force' | 'amended' | 'replaced' | 'expired' | 'unknown';
  replacedBy?: string;
  source: string;
  verified: boolean;
}

export interface Period {
  from?: string;
  until?: string;
  vi: string;
  en?: string;
  basis?: string[];
}

export interface Entry {
  id: string;
  term: string;
  category: Category;
  forms: Form[];
  abbreviations?: Form[];
  documents?: string[];
  citationCodes?: string[];
  context?: ContextRules;
  gloss: Bilingual;
  explanation: Bilingual;
  legal: LegalBasis[];
  timeline?: Period[];
  related: string[];
  confidence: 'high' | 'medium' | 'low';
  confidenceNote?: Bilingual;
  sources: string[];
}

export interface GlossaryFile {
  entries: Entry[];
}
