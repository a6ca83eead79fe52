import { cliSender } from '../cliSender';
import { existsSync } from 'node:fs';
import { appVersion } from '../../core/appVersion';
import { createCore } from '../../core/core';
import { databaseFileIn } from '../../core/db/store';
import { demoSeeders, pastDays } from '../../demo';
import { createDemoClock } from '../../demo/demoClock';
import { CommandFailed, UsageError, type CliIo } from '../io';
import { describePlace, serverHoldsSiaga, type StorePlace } from '../storePlace';

export async function demoCommand(
  place: StorePlace,
  password: string | undefined,
  io: CliIo,
  contacts?: string,
): Promise<void> {
  const contactCount = contacts === undefined ? undefined : Number(contacts);
  if (contactCount !== undefined && !(Number.isInteger(contactCount) && contactCount >= 0 && contactCount <= 200_000)) {
    throw new UsageError('--contacts must be a whole number from 0 to 200000');
  }
  const { dataDir, databaseUrl } = place;
  if (databaseUrl === undefined && existsSync(databaseFileIn(dataDir))) {
    throw new CommandFailed(`${dataDir} already holds Siaga data; demo records go only into a fresh data directory.`);
  }
  if (databaseUrl !== undefined && (await serverHoldsSiaga(databaseUrl))) {
    throw new CommandFailed(
      `${describePlace(place)} already holds Siaga data; demo records go only into an empty database.`,
    );
  }
  const clock = createDemoClock();
  // The office is set up days ago; the closed crisis's history follows; the rest is today.
  clock.set(new Date(Date.now() - pastDays * 86_400_000));
  // The app writes the audit anchors (see cliCore.ts).
  const core = await createCore({
    dataDir,
    databaseUrl,
    appVersion,
    distribution: cliSender,
    now: clock.now,
    auditAnchors: false,
  });
  const unavailable = core.unavailable();
  if (unavailable) {
    await core.close();
    throw new CommandFailed(`Cannot use the office server: ${unavailable.message}`);
  }
  try {
    for (const seeder of demoSeeders) {
      if (!seeder.past) clock.present();
      const summary = await seeder.seed(core, {
        clock,
        ...(password === undefined ? {} : { password }),
        ...(contactCount === undefined ? {} : { contacts: contactCount }),
      });
      io.out(`${seeder.name}: ${summary}`);
    }
    io.out(`Demo data written to ${core.store.file}`);
  } finally {
    await core.close();
  }
}
