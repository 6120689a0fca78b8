/**
 * The term gate (issue 12): one regular expression, made at build time from every form the matcher
 * knows (gate-pattern.ts), that tells in a few native passes whether a text MAY hold a term. It never
 * says no where the matcher would find one (a superset: scripts/term-gate.test.ts checks every match in
 * the corpus and every form in the spellings news text uses), so an article it says no to needs none of
 * the matcher's start; a yes only means "ask the matcher", which still decides with tones, case and
 * context ("một cửa hàng" passes the gate, the matcher refuses it).
 *
 * Both sides are folded the same way (`gateFold`): marks, case, Đ and its look-alikes and ignorables go,
 * and every run of other characters becomes one space, which leaves plain ASCII words between single
 * spaces. Folding only merges spellings, never splits one, which keeps the gate a superset of the
 * matcher's tokens; tones go too, so "một của" passes for "một cửa". Why ASCII: V8 compiled and ran
 * the same pattern spelt with tones over the two-byte text several times slower (Chromium 156: 5 to
 * 10 ms for an 18 kB article, against 1 to 2 ms), more than folding costs.
 */

/** Combining marks (tones, hats, horns, breves once NFD has split them off) and the ignorables. */
const DROPPED = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]+/g;
/** Đ and its look-alikes, lower-cased (Ð, Ɖ): the matcher reads all of them as Đ. */
const D_LIKE = /[đðɖ]/g;
/** Everything that is not an ASCII letter or digit once folded: the matcher's token boundaries. */
const OTHER = /[^a-z0-9]+/g;

/** `text` as the gate reads it: " thu tuc hanh chinh ubnd 61 2018 nd cp " (a space at both ends). */
export function gateFold(text: string): string {
  return ` ${text.normalize('NFD').toLowerCase().replace(DROPPED, '').replace(D_LIKE, 'd')} `.replace(OTHER, ' ');
}

/** Whether folded text (`gateFold`) may hold a term, by the pattern gate-pattern.ts made. */
export function mayHoldTerm(folded: string, gate: RegExp): boolean {
  gate.lastIndex = 0;
  return gate.test(folded);
}
