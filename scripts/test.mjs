// `npm test`: everything CI runs, in order: lint, typecheck, the build, unit and integration
// tests (vitest, including a packaging check of the build) under shifted calendars and machine
// zones (`npm run test:dates -- --ci`, or on today's date where libfaketime is missing), and
// end-to-end tests (Playwright against browser mode), once on the embedded file and once on the
// office server, and the Electron smoke suite (skipped, with its reason, without the binary). Every step runs even after a failure (so one run shows every problem), except
// e2e, which needs a good build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// libfaketime shifts the clock for the vitest runs (scripts/test-dates.mjs).
const faketime = spawnSync('faketime', ['-f', '+0', 'true'], { stdio: 'ignore' }).status === 0;

const steps = [
  { name: 'lint', command: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', '-s', 'typecheck'] },
  // Built before vitest: the packaging test packs the build, e2e runs it.
  { name: 'build', command: 'npx', args: ['electron-vite', 'build'] },
  faketime
    ? {
        // The whole suite under the first shifted date and zone, the date-touching rest under the others.
        name: 'vitest',
        command: 'node',
        args: ['scripts/test-dates.mjs', '--ci'],
        env: { REPORTS_DIR: reports },
      }
    : {
        name: 'vitest',
        command: 'npx',
        args: ['vitest', 'run'],
        env: { VITEST_JSON: join(reports, 'vitest.json') },
        // CI must prove the suite under shifted dates: there a missing libfaketime is a failure.
        note: "libfaketime is not installed (apt-get install faketime, or brew install libfaketime): the suite runs on today's date only",
        failInCi: true,
      },
  {
    name: 'e2e',
    command: 'npx',
    args: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON: join(reports, 'playwright.json') },
    needs: 'build',
  },
  {
    // The same flows with every desk on the office server (a throwaway PostgreSQL, e2e/globalSetup.ts).
    name: 'e2e-postgres',
    command: 'npx',
    args: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON: join(reports, 'playwright-postgres.json'), SIAGA_E2E_STORE: 'postgres' },
    needs: 'build',
  },
  {
    // The desktop window itself (Playwright's Electron driver), where the Electron binary is
    // installed or SIAGA_ELECTRON=1; elsewhere reported as skipped with the reason.
    name: 'electron',
    command: 'npx',
    args: ['playwright', 'test', '--config', 'playwright.electron.config.ts'],
    env: { PLAYWRIGHT_JSON: join(reports, 'playwright-electron.json') },
    needs: 'build',
  },
];

const outcome = new Map();
for (const step of steps) {
  if (step.needs && outcome.get(step.needs) !== 'passed') {
    outcome.set(step.name, 'skipped');
    continue;
  }
  if (step.failInCi && process.env.CI) {
    console.log(`\n=== ${step.name}: ${step.note}`);
    outcome.set(step.name, 'failed');
    continue;
  }
  if (step.note) console.log(`\n=== ${step.name}: ${step.note}`);
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  outcome.set(step.name, result.status === 0 ? 'passed' : 'failed');
  console.log(`=== ${step.name}: ${outcome.get(step.name)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

console.log('\nSummary:');
for (const [name, state] of outcome) console.log(`  ${state.padEnd(7)} ${name}`);
process.exit([...outcome.values()].every((state) => state === 'passed') ? 0 : 1);
