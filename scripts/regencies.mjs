// Regenerates src/shared/contacts/regencies.json from the idn-area-data package (Kemendagri codes,
// regulation-based; data under ODbL 1.0, attribution in src/shared/contacts/REGIONS-LICENSE.md).
// Run after updating idn-area-data: `node scripts/regencies.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const csvFile = require.resolve('idn-area-data/data/regencies.csv');
const rows = parse(readFileSync(csvFile, 'utf8'), { columns: true, skip_empty_lines: true });
const regencies = rows.map((row) => [row.code, row.name]);
const target = new URL('../src/shared/contacts/regencies.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(regencies)}\n`);
console.log(`${regencies.length} regencies/cities written`);
