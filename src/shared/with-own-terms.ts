import { formKey } from '../glossary/form-key.ts';
import type { Entry, Form } from '../glossary/types.ts';
import { formText } from './form-text.ts';

/**
 * The entries the matcher compiles: the own entries first, then the bundled ones without the forms an
 * own entry also lists (same token keys, case aside), so an own term wins on its forms. Without own
 * entries the bundled list comes back as it is.
 */
export function withOwnTerms(bundled: readonly Entry[], own: readonly Entry[]): Entry[] {
  if (own.length === 0) return bundled as Entry[];
  const key = (form: Form) => formKey(formText(form));
  const taken = new Set(own.flatMap((e) => [...e.forms, ...(e.abbreviations ?? [])].map(key)));
  const free = (forms: Form[]) => forms.filter((f) => !taken.has(key(f)));
  const rest = bundled.map((entry) => {
    const forms = free(entry.forms);
    const abbreviations = entry.abbreviations && free(entry.abbreviations);
    if (forms.length === entry.forms.length && abbreviations?.length === entry.abbreviations?.length) return entry;
    return { ...entry, forms, ...(abbreviations ? { abbreviations } : {}) };
  });
  return [...own, ...rest];
}
