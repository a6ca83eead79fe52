import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * CAP documents read from feeds, checked against the OASIS CAP 1.2 schema (`resources/schemas`)
 * with libxml2's own validator compiled to WebAssembly (`xmllint-wasm`: no system library, runs
 * in a worker thread, so a large document does not hold the core up).
 *
 * What the check decides: nothing is dropped for failing it. Agencies' real feeds bend the schema
 * (a `sent` in `Z`, an element out of order), and an official warning must still reach the desk;
 * `capAlerts.ts` refuses what cannot be read at all. The result goes with the signal, so the desk
 * sees "not valid CAP 1.2" and the reason beside the warning.
 */
export interface CapSchemaCheck {
  valid: boolean;
  /** libxml2's first messages, when not valid (at most three, each one line). */
  errors: string[];
}

const schemaFile = 'CAP-v1.2.xsd';
let schemaText: string | null | undefined;

/**
 * The schema's text, found by walking up from this file's folder to `resources/schemas`: from the
 * sources (src/main/core/feeds), from the build (out/main or out/main/chunks) and inside the
 * packaged archive alike. Null when it is not there (a build that left it out): then no check.
 */
function schema(): string | null {
  if (schemaText !== undefined) return schemaText;
  schemaText = null;
  for (let dir = __dirname, depth = 0; depth < 8; dir = dirname(dir), depth++) {
    const candidate = join(dir, 'resources', 'schemas', schemaFile);
    if (existsSync(candidate)) {
      schemaText = readFileSync(candidate, 'utf8');
      break;
    }
  }
  return schemaText;
}

/** Checks one CAP document; null when the check itself could not run (no schema, no worker). */
export async function checkCapSchema(xml: string): Promise<CapSchemaCheck | null> {
  const contents = schema();
  if (!contents) return null;
  try {
    const result = await validateXML({
      xml: [{ fileName: 'alert.xml', contents: xml }],
      schema: [{ fileName: schemaFile, contents }],
    });
    return {
      valid: result.valid,
      errors: result.errors.slice(0, 3).map((error) =>
        error.message
          .replace(/^Schemas validity error\s*:\s*/, '')
          .replace(/\{urn:oasis:names:tc:emergency:cap:1\.2\}/g, '')
          .replace(/\s+/g, ' ')
          .slice(0, 300),
      ),
    };
  } catch {
    // The validator could not run (a packaged build without its worker file, memory): the
    // warning is still read; only its schema check is missing.
    return null;
  }
}
