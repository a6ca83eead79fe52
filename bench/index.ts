/**
 * `npm run bench`: prints each figure beside a baseline measured in the same run and writes
 * bench/results.json. Figures compare within one run on one machine; the tests never assert
 * timings (shared machines are noisy). A figure with a goal (what a desk at office scale should
 * feel) says whether this run met it: a bound on the figure, on its ratio to the same-run
 * baseline, or both — the ratio holds on a busy machine, where both sides slow together.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './measure';
import { benchContacts } from './contacts.bench';
import { benchCrises } from './crises.bench';
import { benchDistribution } from './distribution.bench';
import { benchGoldenHour } from './goldenHour.bench';
import { benchHoaxes } from './hoaxes.bench';
import { benchRoundTrip } from './roundTrip.bench';
import { benchSafety } from './safety.bench';
import { benchStatements } from './statements.bench';
import { benchStoreOpen } from './storeOpen.bench';
import { benchStores } from './stores.bench';

/** The groups, in the order a full run takes them; `npm run bench -- <group> ...` runs only those. */
const groups: Record<string, () => Promise<BenchResult[]>> = {
  'store-open': benchStoreOpen,
  'round-trip': benchRoundTrip,
  statements: benchStatements,
  contacts: benchContacts,
  distribution: benchDistribution,
  crises: benchCrises,
  hoaxes: benchHoaxes,
  safety: benchSafety,
  'golden-hour': benchGoldenHour,
  // The store-sensitive figures on the office server beside the embedded file.
  stores: benchStores,
};

async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = chosen.filter((name) => !(name in groups));
  if (unknown.length > 0) {
    console.error(`Unknown bench group: ${unknown.join(', ')}. Groups: ${Object.keys(groups).join(', ')}`);
    process.exit(2);
  }
  const results: BenchResult[] = [];
  for (const [name, run] of Object.entries(groups)) {
    if (chosen.length === 0 || chosen.includes(name)) results.push(...(await run()));
  }
  const table = results.map((r) => ({
    metric: r.metric,
    value: `${r.value} ${r.unit}`,
    baseline: `${r.baseline} ${r.unit} (${r.baselineLabel})`,
    ratio: `${r.ratio}x`,
    goal: r.goal ?? '',
    met: r.met === undefined ? '' : r.met ? 'met' : 'NOT MET',
  }));
  console.table(table);
  const goals = results.filter((r) => r.met !== undefined);
  if (goals.length > 0) {
    console.log(`Goals met: ${goals.filter((r) => r.met).length} of ${goals.length}`);
  }
  const file = join(__dirname, 'results.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Wrote ${file}`);
}

void main();
