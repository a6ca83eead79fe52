import { afterEach } from 'vitest';
import type { CoreOptions } from '../src/main/core/core';
import type { TestCore } from './coreHarness';
import { openStatementsTeam } from './statementsTeam';

export * from './statementsTeam';

export function useStatementsTeam(tempDir: () => string) {
  let opened: TestCore | undefined;
  afterEach(async () => {
    await opened?.core.close();
    opened = undefined;
  });
  return async (now?: () => Date, options: Partial<CoreOptions> = {}) => {
    const dataDir = tempDir();
    const result = await openStatementsTeam(dataDir, now, options);
    opened = result.test;
    return { ...result, dataDir };
  };
}
