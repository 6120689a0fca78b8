import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// biome-ignore lint/suspicious/noExplicitAny: ajv's CJS/ESM default export shape differs between builds
const AjvCtor: any = (Ajv2020 as any).default ?? Ajv2020;
// biome-ignore lint/suspicious/noExplicitAny: same as above
const addFormatsFn: any = (addFormats as any).default ?? addFormats;

export type SchemaValidator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string; params?: unknown }> | null;
};

/** A JSON Schema (2020-12) file compiled once, on first use: every error reported, not only the first. */
export function schemaValidator(schemaPath: string): () => SchemaValidator {
  let compiled: SchemaValidator | undefined;
  return () => {
    if (!compiled) {
      const ajv = new AjvCtor({ allErrors: true, strict: false });
      addFormatsFn(ajv);
      compiled = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) as SchemaValidator;
    }
    return compiled;
  };
}
