import { afterEach, describe, expect, inject, it } from 'vitest';
import type { PushedEvent } from '../../../shared/ipc/contract';
import { openTestCore, setUpOffice, type TestCore } from '../../../../test/coreHarness';
import { contactInput } from '../../../../test/contactsHarness';
import { asAdmin } from '../../../../test/postgres/adminClient';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { useTempDirs } from '../../../../test/tempDir';

/** Collects a core's pushed events; `next(name)` waits (at most 5 s) for the next one of that name. */
function heard(test: TestCore) {
  const seen: PushedEvent[] = [];
  test.core.onEvent((event) => seen.push(event));
  return {
    seen,
    async next(name: string, after = 0): Promise<PushedEvent> {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const found = seen.slice(after).find((event) => event.event === name);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no ${name} within 5 s; heard ${seen.map((e) => e.event).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

describe('desks on one office server hear each other', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();
  const opened: TestCore[] = [];
  afterEach(async () => {
    for (const test of opened.splice(0)) await test.core.close();
  });

  /** Two desks on one fresh database, the office set up on A, both listening to each other. */
  async function twoDesks() {
    const url = await database();
    const deskA = await openTestCore(tempDir(), undefined, { databaseUrl: url });
    opened.push(deskA);
    const admin = await setUpOffice(deskA);
    const deskB = await openTestCore(tempDir(), undefined, { databaseUrl: url });
    opened.push(deskB);
    const onA = heard(deskA);
    const onB = heard(deskB);
    // The listeners connect as the cores start: let them be listening before the change.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { url, deskA, deskB, admin, onA, onB };
  }

  it('a change on desk A reaches desk B as an event; A hears its own once; desk-only events stay home', async () => {
    const { deskA, deskB, admin, onA, onB } = await twoDesks();

    const contact = await deskA.value('contacts.create', contactInput('Wartawan Lintas Meja'), admin);
    const relayed = await onB.next('contacts.changed');
    expect(relayed.payload).toEqual(onA.seen.find((event) => event.event === 'contacts.changed')?.payload);
    expect(JSON.stringify(relayed.payload)).toContain(contact.id);
    // Desk B reads the same office: the change is there when the event arrives.
    expect((await deskB.value('contacts.get', { id: contact.id }, admin)).fullName).toBe('Wartawan Lintas Meja');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onA.seen.filter((event) => event.event === 'contacts.changed')).toHaveLength(1);

    await deskA.value('backups.take', {}, admin);
    await onA.next('backups.changed');
    const before = onB.seen.length;
    await deskA.value('contacts.create', contactInput('Sesudah Cadangan'), admin);
    await onB.next('contacts.changed', before);
    expect(onB.seen.some((event) => event.event === 'backups.changed')).toBe(false);
  });

  it('a desk whose connection to the server dropped listens again and has every view ask again', async () => {
    const { url, deskA, admin, onB } = await twoDesks();

    // The server ends every relay connection on this database (a restart, a network cut).
    const name = new URL(url).pathname.slice(1);
    await asAdmin(inject('postgresAdminUrl'), [
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and application_name = 'siaga-relay'`,
    ]);
    await onB.next('store.reconnected');
    const before = onB.seen.length;
    await deskA.value('contacts.create', contactInput('Sesudah Putus'), admin);
    await onB.next('contacts.changed', before);
  });
});
