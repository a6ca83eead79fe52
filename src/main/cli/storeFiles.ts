import { existsSync } from 'node:fs';
import { databaseFileIn } from '../core/db/store';
import { CommandFailed } from './io';

/** The database file of an existing data directory; commands that read never create one. */
export function existingDatabase(dataDir: string): string {
  const file = databaseFileIn(dataDir);
  if (!existsSync(file)) throw new CommandFailed(`No Siaga data in ${dataDir} (expected ${file}).`);
  return file;
}
