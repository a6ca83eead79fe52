import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/i18n/locales/en.json';
import id from '../../src/renderer/src/i18n/locales/id.json';

const root = join(__dirname, '..', '..', 'src', 'renderer', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function lookup(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('translation keys', () => {
  it('every literal key the interface asks for exists in Indonesian and English', () => {
    const missing: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      // t('a.b.c') and t("a.b.c"); keys built from template literals are checked by their own tests.
      for (const match of text.matchAll(/\bt\(\s*['"]([\w.]+)['"]/g)) {
        const key = match[1]!;
        for (const [language, messages] of [
          ['id', id],
          ['en', en],
        ] as const) {
          // A plural is asked for by its base key with a count ("x_one", "x_other").
          if (typeof lookup(messages, key) !== 'string' && typeof lookup(messages, `${key}_other`) !== 'string')
            missing.push(`${language}: ${key} (${file.slice(root.length + 1)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
