import type { Form } from '../glossary/types.ts';

/** The text of a surface form: a form is its text, or an object with its text and its context rules. */
export function formText(form: Form): string {
  return typeof form === 'string' ? form : form.text;
}
