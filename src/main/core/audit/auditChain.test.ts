import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { accountWithRoles, openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { transact } from '../db/transaction';
import { appendAudit, genesisHash, readAuditHead, verifyAuditChain } from '../db/auditChain';

describe('audit chain', () => {
  const tempDir = useTempDirs();

  it('every state change writes exactly one event, chained from the genesis hash', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const { db } = test.core.store.connection;
      const count = async () => (await db.selectFrom('audit_log').select('seq').execute()).length;
      // Setup: account created, office created, admin signed in.
      expect(await count()).toBe(3);
      const { account } = await accountWithRoles(test, admin, 'staf', ['drafter']); // created + login
      expect(await count()).toBe(5);
      await test.value(
        'accounts.update',
        {
          id: account.id,
          fullName: 'Staf Humas',
          nip: '',
          position: 'Pranata Humas',
          email: '',
          phone: '',
          roles: ['drafter', 'spokesperson'],
        },
        admin,
      );
      expect(await count()).toBe(6);
      await test.value('accounts.deactivate', { id: account.id }, admin);
      expect(await count()).toBe(7);
      // Reading changes nothing.
      await test.value('audit.list', {}, admin);
      await test.value('accounts.list', {}, admin);
      expect(await count()).toBe(7);

      const first = await db.selectFrom('audit_log').selectAll().where('seq', '=', 1).executeTakeFirstOrThrow();
      expect(first.prev_hash).toBe(genesisHash);
      const report = await verifyAuditChain(db);
      expect(report).toMatchObject({ ok: true, checked: 7, head: await readAuditHead(db) });
      const updated = (await test.value('audit.list', { action: 'account.updated' }, admin)).events[0];
      expect(updated?.data).toEqual({
        fields: ['fullName', 'position'],
        rolesBefore: ['drafter'],
        rolesAfter: ['drafter', 'spokesperson'],
      });
      expect(updated?.actorName).toBe('Siti Rahmawati');
    } finally {
      await test.core.close();
    }
  });

  it('a rolled-back transaction leaves no event; the database refuses UPDATE and DELETE', async () => {
    const test = await openTestCore(tempDir());
    try {
      await setUpOffice(test);
      const { db } = test.core.store.connection;
      const head = await readAuditHead(db);
      await expect(
        transact(db, async ({ trx }) => {
          await appendAudit(
            trx,
            { actorId: null, action: 'test.event', entityType: 'test', entityId: '1' },
            '2026-11-28T00:00:00.000Z',
          );
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await readAuditHead(db)).toEqual(head);
      await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    } finally {
      await test.core.close();
    }
  });

  it('a failed login that is refused still leaves its event (committed before the refusal)', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      await accountWithRoles(test, admin, 'staf', ['drafter']);
      await test.call('accounts.login', { username: 'staf', password: 'salah-sekali-1' });
      const events = (await test.value('audit.list', { action: 'account.loginFailed' }, admin)).events;
      expect(events).toHaveLength(1);
      expect(events[0]?.actorId).toBeNull();
    } finally {
      await test.core.close();
    }
  });

  it('filters by person, action, entity and date, and exports CSV with the head', async () => {
    const test = await openTestCore(tempDir(), () => new Date('2026-11-28T02:00:00.000Z'));
    try {
      const admin = await setUpOffice(test);
      const me = await test.value('accounts.me', {}, admin);
      await accountWithRoles(test, admin, '=cmd', ['viewer']).catch(() => undefined);
      await accountWithRoles(test, admin, 'staf', ['drafter']);
      const byAdmin = await test.value('audit.list', { actorId: me.id, action: 'account.created' }, admin);
      expect(byAdmin.events.map((e) => e.data['username'])).toEqual(['staf', 'admin']);
      expect(byAdmin.actions).toContain('office.created');
      const none = await test.value('audit.list', { from: '2026-11-29T00:00:00.000Z' }, admin);
      expect(none.events).toEqual([]);
      const csv = await test.value('audit.exportCsv', { entityType: 'office' }, admin);
      expect(csv.csv.startsWith('\uFEFFseq,at,actor_id')).toBe(true);
      expect(csv.rows).toBe(1);
      expect(csv.csv).toContain(`# audit chain head ${byAdmin.head.seq}:${byAdmin.head.hash}`);
      expect(csv.fileName).toBe(`jejak-audit-2026-11-28-seq${byAdmin.head.seq}.csv`);
    } finally {
      await test.core.close();
    }
  });

  it("names an export after the office's day (03:00 WIB is already the next day; UTC is not)", async () => {
    const test = await openTestCore(tempDir(), () => new Date('2026-11-30T20:00:00.000Z'));
    try {
      const admin = await setUpOffice(test);
      const csv = await test.value('audit.exportCsv', {}, admin);
      expect(csv.fileName).toMatch(/^jejak-audit-2026-12-01-seq\d+\.csv$/);
    } finally {
      await test.core.close();
    }
  });
});
