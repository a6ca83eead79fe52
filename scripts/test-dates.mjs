// `npm run test:dates`: the vitest suite under shifted calendars and machine zones, so that a test
// which reads the real clock or the machine's zone fails the day it is written, not the month it
// goes off.
//
// The clock is shifted with libfaketime (`faketime`, Debian package `faketime`; Homebrew
// `libfaketime`) rather than a vitest setup that fakes `Date`: it shifts the wall clock of the
// whole process tree — vitest's workers, the child processes the CLI and crash tests spawn, and
// SQLite's own `now` — while the clock keeps ticking, so timeouts and waits behave. Only the wall
// clock moves (DONT_FAKE_MONOTONIC): timers and `performance.now()` stay true.
//
//   npm run test:dates                       every scenario, the whole suite under each (about 7 min each)
//   npm run test:dates -- new-year-wib       only the named scenarios
//   npm run test:dates -- --ci               the whole suite under the first scenario, the date-touching
//                                            tests under the others (CI)
//   npm run test:dates -- --list             the scenarios
//
// A JSON report per scenario is written to reports/ when REPORTS_DIR is set (npm test sets it).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Each scenario puts the clock just where the calendar differs between the office's zone (WIB,
 * where Siaga's dates are read), UTC (where instants are stored) and the machine's own zone.
 */
const scenarios = [
  {
    name: 'new-year-wib',
    at: '2027-12-31T17:30:00Z', // 00.30 WIB on 1 January 2028; still 31 December in UTC and here
    zone: 'America/Los_Angeles',
    why: 'year and month roll over in WIB but not in UTC or on the machine (UTC-8)',
  },
  {
    name: 'year-end-wit-machine',
    at: '2027-12-31T16:30:00Z', // 23.30 WIB on 31 December; already 01.30 on 1 January in WIT
    zone: 'Asia/Jayapura',
    why: 'the machine (WIT) is in the new year, the office (WIB) is not',
  },
  {
    name: 'leap-day',
    at: '2028-02-29T16:45:00Z', // 23.45 WIB on 29 February 2028
    zone: 'Asia/Jakarta',
    why: 'a leap day, a quarter of an hour before March in the office zone',
  },
  {
    name: 'years-ahead',
    at: '2031-01-01T01:00:00Z', // 08.00 WIB on Wednesday 1 January 2031, before office hours
    zone: 'Asia/Makassar',
    why: 'a new year several years ahead, machine in WITA',
  },
];

/**
 * What CI runs under the scenarios after the first: the tests the machine's calendar and zone
 * still reach. The core's domain tests run on the test clock (test/clock.ts), so another machine
 * date changes nothing for them but code that bypasses `now`, which the whole suite under the
 * first scenario already catches. These do meet the machine's clock or zone: the renderer (the
 * browser's clock), shared formatting, the command line (spawned processes on the real clock),
 * the web bridge and shell, migrations and backups (stamps, rotation), and documents.
 */
const dateTouching = [
  'src/shared/',
  'src/renderer/',
  'src/main/cli/',
  'src/main/web/',
  'src/main/shell/',
  'src/main/core/db/',
  'src/main/core/backups/',
  'src/main/core/documents/',
  'src/main/core/core.test.ts',
  'test/integration/httpTransport.test.ts',
];

function hasFaketime() {
  return spawnSync('faketime', ['-f', '+0', 'true'], { stdio: 'ignore' }).status === 0;
}

function runScenario(scenario, { quick }) {
  const reportsDir = process.env.REPORTS_DIR;
  // An offset from the real clock, not an absolute date: libfaketime reads an absolute date in
  // the process's TZ, and the offset keeps the clock ticking from the scenario's instant.
  const offset = Math.round((Date.parse(scenario.at) - Date.now()) / 1000);
  const shift = ['-f', `${offset >= 0 ? '+' : ''}${offset}s`];
  const args = [...shift, 'npx', 'vitest', 'run'];
  if (quick) args.push(...dateTouching);
  if (reportsDir) {
    mkdirSync(reportsDir, { recursive: true });
    args.push(
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reportsDir, `vitest-${scenario.name}.json`)}`,
    );
  }
  console.log(
    `\n=== dates: ${scenario.name} — ${scenario.at}, TZ=${scenario.zone}${quick ? ' (the date-touching tests)' : ''}`,
  );
  console.log(`    ${scenario.why}`);
  const started = Date.now();
  const result = spawnSync('faketime', args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TZ: scenario.zone,
      // Shift the wall clock only: monotonic time drives timers and must not jump.
      DONT_FAKE_MONOTONIC: '1',
      // The vitest step of npm test reads this; a scenario writes its own report instead.
      VITEST_JSON: '',
    },
  });
  const ok = result.status === 0;
  console.log(
    `=== dates: ${scenario.name}: ${ok ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return ok;
}

const argv = process.argv.slice(2);
if (argv.includes('--list')) {
  for (const scenario of scenarios)
    console.log(`${scenario.name.padEnd(22)} ${scenario.at}, TZ=${scenario.zone}: ${scenario.why}`);
  process.exit(0);
}
if (!hasFaketime()) {
  console.error(
    'test:dates needs libfaketime: `apt-get install faketime` (Debian/Ubuntu) or `brew install libfaketime` (macOS).',
  );
  process.exit(2);
}
const ci = argv.includes('--ci');
const named = argv.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !scenarios.some((scenario) => scenario.name === name));
if (unknown.length > 0) {
  console.error(`Unknown scenario: ${unknown.join(', ')} (npm run test:dates -- --list)`);
  process.exit(2);
}
const chosen = named.length > 0 ? scenarios.filter((scenario) => named.includes(scenario.name)) : scenarios;
const outcomes = chosen.map((scenario, index) => [scenario.name, runScenario(scenario, { quick: ci && index > 0 })]);
console.log('\nDates summary:');
for (const [name, ok] of outcomes) console.log(`  ${ok ? 'passed' : 'failed'}  ${name}`);
process.exit(outcomes.every(([, ok]) => ok) ? 0 : 1);
