import { describe, expect, inject, it } from 'vitest';
import { asAdmin } from '../../../../test/postgres/adminClient';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { officeDuty } from './officeDuty';

describe('a duty one desk does for the whole office', () => {
  const database = usePostgresDatabases();

  it('is held by one desk at a time, and taken over when that desk closes or its connection is cut', async () => {
    const url = await database();
    const [deskA, deskB, deskC] = [officeDuty(url, 'backups'), officeDuty(url, 'backups'), officeDuty(url, 'backups')];
    const other = officeDuty(url, 'reminders');
    try {
      expect(await deskA.held()).toBe(true);
      expect(await deskB.held()).toBe(false);
      expect(await deskA.held()).toBe(true);
      // Another duty is another lock.
      expect(await other.held()).toBe(true);

      await deskA.close();
      expect(await deskB.held()).toBe(true);
      expect(await deskC.held()).toBe(false);

      // Desk B's connection is cut (a crash, the network): the server frees the lock with it.
      const name = new URL(url).pathname.slice(1);
      await asAdmin(inject('postgresAdminUrl'), [
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = '${name}' and application_name = 'siaga-duty-backups'`,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await deskC.held()).toBe(true);
      expect(await deskB.held()).toBe(false);
    } finally {
      await Promise.all([deskA, deskB, deskC, other].map((duty) => duty.close()));
    }
  });
});
