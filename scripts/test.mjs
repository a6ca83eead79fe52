// `npm test`: everything CI runs, in order: lint, typecheck, the build, unit and integration
// tests (vitest, including a packaging check of the build), and end-to-end tests (Playwright
// against browser mode). Every step runs even after
// a failure (so one run shows every problem), except e2e, which needs a good build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  { name: 'lint', command: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', '-s', 'typecheck'] },
  // Built before vitest: the packaging test packs the build, e2e runs it.
  { name: 'build', command: 'npx', args: ['electron-vite', 'build'] },
  { name: 'vitest', command: 'npx', args: ['vitest', 'run'], env: { VITEST_JSON: join(reports, 'vitest.json') } },
  {
    name: 'e2e',
    command: 'npx',
    args: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON: join(reports, 'playwright.json') },
    needs: 'build',
  },
];

const outcome = new Map();
for (const step of steps) {
  if (step.needs && outcome.get(step.needs) !== 'passed') {
    outcome.set(step.name, 'skipped');
    continue;
  }
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
