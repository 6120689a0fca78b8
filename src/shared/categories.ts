import type { Category } from '../glossary/types.ts';
import type { MessageName } from './get-message.ts';

/** Every category with the name of its UI string; the `Record` makes a new category a compile error here. */
export const categoryNames: Readonly<Record<Category, MessageName>> = {
  procedure: 'categoryProcedure',
  mechanism: 'categoryMechanism',
  institution: 'categoryInstitution',
  index: 'categoryIndex',
  programme: 'categoryProgramme',
  'legal-document': 'categoryLegalDocument',
  'document-type': 'categoryDocumentType',
  'digital-government': 'categoryDigitalGovernment',
  'social-insurance': 'categorySocialInsurance',
  citizens: 'categoryCitizens',
  'civil-service': 'categoryCivilService',
  'local-government': 'categoryLocalGovernment',
  'reform-policy': 'categoryReformPolicy',
};

/** The categories in the order the UI lists them. */
export const categories = Object.keys(categoryNames) as Category[];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && Object.hasOwn(categoryNames, value);
}
