import { defineConfig } from '@playwright/test';

// The Electron smoke suite (e2e/electron): the real desktop window, where the Electron binary is
// present. Reported as skipped, with the reason, where it is not (our build machines cannot
// download it). `npm test` runs it; SIAGA_ELECTRON=1 makes a missing binary a failure.
export default defineConfig({
  testDir: 'e2e/electron',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
  use: { trace: 'retain-on-failure' },
});
