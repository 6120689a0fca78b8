/**
 * A bundle made of ASCII only. V8 keeps a script's source for as long as the script lives (each frame the
 * content script runs in), and one character above U+00FF makes it a two-byte string: our 300 kB content
 * script cost 577 kB of memory per frame instead of 315 kB (heap snapshot diff, issue 12). esbuild's
 * `charset: 'ascii'` escapes strings and template literals but leaves regular-expression literals and
 * comments as written; this escapes what is left. `\uXXXX` means the same code unit in a string, a template
 * and a regular expression (with or without the u flag, surrogate pairs included), and is plain text in a
 * comment.
 */
export function asciiBundle(code: string, file = 'bundle'): string {
  return code.replace(/[\u0080-\uffff]/g, (ch, offset: number) => {
    // After a backslash the escape would change meaning (`\đ` would become `\\u0111`); esbuild never writes
    // that, and a bundle where it happens must not be shipped silently.
    if (code[offset - 1] === '\\') throw new Error(`${file}: a backslash before "${ch}" at ${offset}`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
