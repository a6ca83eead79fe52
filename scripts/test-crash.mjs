// `npm run test:crash`: the crash-safety test at full size — 200 SIGKILLs (or SIAGA_CRASH_KILLS)
// at random moments of mixed writes, every acknowledged write checked after each. `npm test`
// runs the same test sized for CI.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'test/integration/crashSafety.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SIAGA_CRASH_KILLS: process.env.SIAGA_CRASH_KILLS ?? '200' },
});
process.exit(result.status ?? 1);
