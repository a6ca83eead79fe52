import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { provinces, regencies } from '../../../shared/contacts/regions';

// Lives on the Node side because it reads the source package's file; the shared layer cannot.
describe('shipped regions data', () => {
  it('ships every regency and city of the source data, each inside a known province', () => {
    const source = parse(
      readFileSync(createRequire(import.meta.url).resolve('idn-area-data/data/regencies.csv'), 'utf8'),
      { columns: true },
    ) as { code: string; name: string }[];
    expect(regencies.map((r) => [r.code, r.name])).toEqual(source.map((r) => [r.code, r.name]));
    expect(regencies).toHaveLength(514);
    const provinceCodes = new Set(provinces.map((p) => p.code));
    expect(regencies.filter((r) => !provinceCodes.has(r.provinceCode))).toEqual([]);
  });
});
