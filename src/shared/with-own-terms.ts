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
  return merge(bundled, own, new Set(own.flatMap((e) => [...e.forms, ...(e.abbreviations ?? [])].map(key))));
}

/** `withOwnTerms`, giving the thread back (`pause`) whenever `sliceMs` of work on the own forms have passed. */
export async function withOwnTermsInSlices(
  bundled: readonly Entry[],
  own: readonly Entry[],
  slicing: { pause(): Promise<void>; now(): number; sliceMs: number },
): Promise<Entry[]> {
  if (own.length === 0) return bundled as Entry[];
  const taken = new Set<string>();
  let sliceStart = slicing.now();
  for (const entry of own) {
    for (const form of [...entry.forms, ...(entry.abbreviations ?? [])]) taken.add(key(form));
    if (slicing.now() - sliceStart > slicing.sliceMs) {
      await slicing.pause();
      sliceStart = slicing.now();
    }
  }
  return merge(bundled, own, taken);
}

const key = (form: Form) => formKey(formText(form));

function merge(bundled: readonly Entry[], own: readonly Entry[], taken: ReadonlySet<string>): Entry[] {
  const free = (forms: Form[]) => forms.filter((f) => !taken.has(key(f)));
  const rest = bundled.map((entry) => {
    const forms = free(entry.forms);
    const abbreviations = entry.abbreviations && free(entry.abbreviations);
    if (forms.length === entry.forms.length && abbreviations?.length === entry.abbreviations?.length) return entry;
    return { ...entry, forms, ...(abbreviations ? { abbreviations } : {}) };
  });
  return [...own, ...rest];
}
