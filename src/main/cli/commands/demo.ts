import { existsSync } from 'node:fs';
import { appVersion } from '../../core/appVersion';
import { createCore } from '../../core/core';
import { databaseFileIn } from '../../core/db/store';
import { demoSeeders } from '../../core/demo';
import { CommandFailed, type CliIo } from '../io';

export async function demoCommand(dataDir: string, password: string | undefined, io: CliIo): Promise<void> {
  if (existsSync(databaseFileIn(dataDir))) {
    throw new CommandFailed(`${dataDir} already holds Siaga data; demo records go only into a fresh data directory.`);
  }
  const core = await createCore({ dataDir, appVersion });
  try {
    for (const seeder of demoSeeders) {
      const summary = await seeder.seed(core, password === undefined ? {} : { password });
      io.out(`${seeder.name}: ${summary}`);
    }
    io.out(`Demo data written to ${core.store.file}`);
  } finally {
    await core.close();
  }
}
