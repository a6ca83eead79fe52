import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvedStatement, distribute, journalistList, mailSettings } from '../../../../test/distributionHarness';
import { contactInput } from '../../../../test/contactsHarness';
import { adminProfile, officeProfile, openTestCore } from '../../../../test/coreHarness';
import Database from 'better-sqlite3';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import type { PushedEvent } from '../../../shared/ipc/contract';
import { verifyStore } from '../db/verifyStore';
import { anchorKey, readAnchors } from '../db/auditAnchors';
import { fileSecretStore } from '../security/secretStore';

const tempDir = useTempDirs();
const openTeam = useStatementsTeam(tempDir);
const noSender = { distribution: { autoStart: false } };

/** "CODE reason" of a failed call. */
const failure = (result: { ok: boolean; error?: { code: string; details?: { reason?: unknown } } }) =>
  result.ok ? 'OK' : `${result.error?.code} ${String(result.error?.details?.reason)}`;

/** Overwrites the root page of a table with garbage: the file opens, SQLite's checks fail. */
function damageTable(file: string, table: string): void {
  const sqlite = new Database(file, { readonly: true });
  const { rootpage } = sqlite.prepare('select rootpage from sqlite_schema where name = ?').get(table) as {
    rootpage: number;
  };
  sqlite.close();
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xa5, (rootpage - 1) * pageSize, rootpage * pageSize);
  writeFileSync(file, bytes);
}

describe('backups through the core', () => {
  it('takes a verified backup into the chosen folder, lists it, and refuses anyone but the administrator', async () => {
    const { test, team } = await openTeam(undefined, noSender);
    const folder = join(tempDir(), 'cadangan');

    const relative = await test.call('backups.setFolder', { folder: 'cadangan' }, team.admin);
    expect(relative.ok ? null : relative.error.details?.issues?.[0]?.message).toBe('folderNotAbsolute');
    const blocker = join(tempDir(), 'berkas');
    writeFileSync(blocker, 'a file, not a folder');
    const unwritable = await test.call('backups.setFolder', { folder: join(blocker, 'di-dalam') }, team.admin);
    expect(unwritable.ok ? null : unwritable.error.details?.issues?.[0]?.message).toBe('folderNotWritable');

    const chosen = await test.value('backups.setFolder', { folder }, team.admin);
    expect(chosen).toMatchObject({ folder, folderChosen: true, backups: [] });

    const entry = await test.value('backups.take', {}, team.admin);
    expect(entry.file).toMatch(/^siaga-\d{8}T\d{6}Z\.sqlite$/);
    expect(existsSync(join(folder, entry.file))).toBe(true);
    expect(entry.auditHead?.seq).toBeGreaterThan(0);
    expect(entry.schemaVersion).toBeGreaterThan(10);
    const status = await test.value('backups.status', {}, team.admin);
    expect(status.backups.map((backup) => backup.file)).toEqual([entry.file]);
    expect(Date.parse(status.nextDueAt) - Date.parse(entry.takenAt)).toBe(24 * 60 * 60 * 1000);

    // The chosen folder gone and a file in its place: a clear failure, and the store goes on.
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'not a folder any more');
    expect(failure(await test.call('backups.take', {}, team.admin))).toBe('INTERNAL backupFailed');
    rmSync(folder);

    expect(failure(await test.call('backups.take', {}, team.reviewer.sessionId))).toBe('FORBIDDEN forbidden');
    expect(failure(await test.call('backups.status', {}, team.drafter.sessionId))).toBe('FORBIDDEN forbidden');
    const audit = await test.value('audit.list', { action: 'backup.taken' }, team.admin);
    expect(audit.events).toHaveLength(1);
    // The recovery screen's channels are public: on a sound store they tell nothing, restore nothing.
    expect(await test.value('backups.recovery', {})).toMatchObject({ damaged: false, newestVerified: null });
    expect(failure(await test.call('backups.recover', { username: 'admin', password: adminProfile.password }))).toBe(
      'CONFLICT storeNotDamaged',
    );
  });

  it('restores a backup: the data comes back, the store replaced is kept aside, everyone signs in again', async () => {
    const { test, team, dataDir } = await openTeam(undefined, noSender);
    const pushed: PushedEvent[] = [];
    test.core.onEvent((event) => pushed.push(event));
    const before = await test.value('contacts.create', contactInput('Rina Wartawati'), team.drafter.sessionId);
    const backup = await test.value('backups.take', {}, team.admin);
    const after = await test.value('contacts.create', contactInput('Dodi Setelah'), team.drafter.sessionId);

    const result = await test.value('backups.restore', { file: backup.file }, team.admin);
    expect(result.restoredFrom.file).toBe(backup.file);
    expect(result.setAside).toContain(join(dataDir, 'set-aside'));
    expect(readdirSync(result.setAside!)).toContain('siaga.sqlite');
    expect(pushed.some((event) => event.event === 'backups.restored')).toBe(true);

    // Every session of the replaced store ended: the administrator signs in again.
    expect(failure(await test.call('accounts.me', {}, team.admin))).toMatch(/^UNAUTHENTICATED/);
    const { sessionId } = await test.value('accounts.login', {
      username: adminProfile.username,
      password: adminProfile.password,
    });
    const people = await test.value('contacts.list', { query: '', limit: 100, offset: 0 }, sessionId);
    const ids = people.items.map((item) => item.id);
    expect(ids).toContain(before.id);
    expect(ids).not.toContain(after.id);
    const restored = await test.value('audit.list', { action: 'backup.restored' }, sessionId);
    expect(restored.events[0]?.data).toMatchObject({ auditHead: backup.auditHead, setAside: result.setAside });
    expect((await verifyStore(test.core.store.file)).ok).toBe(true);
    // The replaced chain's checkpoints went aside with it: the restored chain is compared with none of them.
    expect(readdirSync(dataDir).some((name) => /^audit-anchors-until-\d{8}T\d{6}Z\.jsonl$/.test(name))).toBe(true);
    const anchors = await readAnchors(dataDir);
    const key = await anchorKey(fileSecretStore(dataDir), false);
    const report = await verifyStore(test.core.store.file, { anchors: { ...anchors, key, recorded: [] } });
    expect(report.checks.find((check) => check.name === 'audit_anchors')).toMatchObject({ ok: true });
  });

  it('refuses a backup with one byte flipped and changes nothing', async () => {
    const { test, team } = await openTeam(undefined, noSender);
    const backup = await test.value('backups.take', {}, team.admin);
    const status = await test.value('backups.status', {}, team.admin);
    const file = join(status.folder, backup.file);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(file, bytes);
    const later = await test.value('contacts.create', contactInput('Tetap Ada'), team.drafter.sessionId);

    expect(failure(await test.call('backups.restore', { file: backup.file }, team.admin))).toBe(
      'VALIDATION backupChecksum',
    );
    // Same session, same data: nothing was replaced.
    expect((await test.value('contacts.get', { id: later.id }, team.drafter.sessionId)).fullName).toBe('Tetap Ada');
    expect(failure(await test.call('backups.restore', { file: '../siaga.sqlite' } as never, team.admin))).toBe(
      'VALIDATION undefined',
    );
    expect(failure(await test.call('backups.restore', { file: 'siaga-20990101T000000Z.sqlite' }, team.admin))).toBe(
      'VALIDATION backupMissing',
    );
  });

  it('holds every distribution job open in the backup for review: none is sent again by itself', async () => {
    const { test, team } = await openTeam(undefined, noSender);
    await test.value('distribution.saveSettings', mailSettings({ port: 2525 }), team.admin);
    const { listId } = await journalistList(test, team.drafter.sessionId, 3);
    const statement = await approvedStatement(test, team);
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const backup = await test.value('backups.take', {}, team.admin);

    const result = await test.value('backups.restore', { file: backup.file }, team.admin);
    expect(result.jobsHeld).toBe(1);
    const { sessionId } = await test.value('accounts.login', { username: 'penyusun', password: 'Pengguna-2026' });
    const job = await test.value('distribution.get', { id: created.value.id }, sessionId);
    expect(job).toMatchObject({ status: 'paused', pauseReason: 'restoredFromBackup' });
  });
});

describe('the backup schedule', () => {
  it('backs up on quit when the newest backup is a day old or there is none, and not otherwise', async () => {
    const dataDir = tempDir();
    let clock = new Date('2026-11-28T03:00:00.000Z');
    const options = { ...noSender, backupSchedule: true };
    const open = () => openTestCore(dataDir, () => clock, options);
    const listed = async () => {
      const test = await openTestCore(dataDir, () => clock, noSender);
      const { sessionId } = await test.value('accounts.login', {
        username: adminProfile.username,
        password: adminProfile.password,
      });
      const status = await test.value('backups.status', {}, sessionId);
      await test.core.close();
      return status.backups.map((backup) => backup.takenAt);
    };

    const first = await open();
    await first.value('office.setup', { office: officeProfile, admin: adminProfile });
    await first.core.close();
    expect(await listed()).toEqual(['2026-11-28T03:00:00.000Z']);

    clock = new Date('2026-11-28T20:00:00.000Z');
    await (await open()).core.close();
    expect(await listed()).toHaveLength(1);

    clock = new Date('2026-11-29T03:00:00.000Z');
    await (await open()).core.close();
    expect(await listed()).toEqual(['2026-11-29T03:00:00.000Z', '2026-11-28T03:00:00.000Z']);
  });

  it('keeps a person’s backups beside the schedule’s: "Cadangkan sekarang" never deletes the day’s automatic backup', async () => {
    const dataDir = tempDir();
    let clock = new Date('2026-11-28T03:00:00.000Z');
    const options = { ...noSender, backupSchedule: true };
    const first = await openTestCore(dataDir, () => clock, options);
    await first.value('office.setup', { office: officeProfile, admin: adminProfile });
    await first.core.close();

    // 15.44 WIB the same day: a person's backup. The 10.00 automatic one stays.
    clock = new Date('2026-11-28T08:44:00.000Z');
    const desk = await openTestCore(dataDir, () => clock, noSender);
    const { sessionId } = await desk.value('accounts.login', {
      username: adminProfile.username,
      password: adminProfile.password,
    });
    const manual = await desk.value('backups.take', {}, sessionId);
    expect(manual.series).toBe('manual');
    const listed = async () =>
      (await desk.value('backups.status', {}, sessionId)).backups.map((backup) => `${backup.series} ${backup.takenAt}`);
    expect(await listed()).toEqual(['manual 2026-11-28T08:44:00.000Z', 'automatic 2026-11-28T03:00:00.000Z']);

    // Twelve more by hand: the newest ten of a person's are kept, the schedule's untouched.
    for (let minute = 1; minute <= 12; minute += 1) {
      clock = new Date(Date.parse('2026-11-28T08:44:00.000Z') + minute * 60_000);
      await desk.value('backups.take', {}, sessionId);
    }
    const after = await listed();
    expect(after.filter((line) => line.startsWith('manual'))).toHaveLength(10);
    expect(after.at(-1)).toBe('automatic 2026-11-28T03:00:00.000Z');
    await desk.core.close();

    // A person's backup does not put the daily one off: a day after the automatic one, it is due.
    clock = new Date('2026-11-29T03:00:00.000Z');
    await (await openTestCore(dataDir, () => clock, options)).core.close();
    const next = await openTestCore(dataDir, () => clock, noSender);
    const again = await next.value('accounts.login', {
      username: adminProfile.username,
      password: adminProfile.password,
    });
    const automatic = (await next.value('backups.status', {}, again.sessionId)).backups.filter(
      (backup) => backup.series === 'automatic',
    );
    expect(automatic.map((backup) => backup.takenAt)).toEqual(['2026-11-29T03:00:00.000Z', '2026-11-28T03:00:00.000Z']);
    await next.core.close();
  });
});

describe('a damaged store', () => {
  it('opens in recovery mode, keeps the damaged files, and restores the newest verified backup for the administrator', async () => {
    const dataDir = tempDir();
    const first = await openTestCore(dataDir, undefined, noSender);
    const { sessionId } = await first.value('office.setup', {
      office: officeProfile,
      admin: adminProfile,
    });
    const kept = await first.value('contacts.create', contactInput('Sebelum Rusak'), sessionId);
    await first.value('backups.take', {}, sessionId);
    await first.core.close();
    damageTable(join(dataDir, 'siaga.sqlite'), 'contact');

    const test = await openTestCore(dataDir, undefined, noSender);
    try {
      expect(failure(await test.call('office.status', {}))).toBe('INTERNAL storeDamaged');
      const state = await test.value('backups.recovery', {});
      expect(state.damaged).toBe(true);
      expect(state.problems.length).toBeGreaterThan(0);
      expect(readdirSync(state.setAside!)).toContain('siaga.sqlite');
      expect(state.newestVerified).not.toBeNull();

      expect(failure(await test.call('backups.recover', { username: 'admin', password: 'salah-sandi' }))).toBe(
        'UNAUTHENTICATED recoverNotAdmin',
      );
      const restored = await test.value('backups.recover', {
        username: adminProfile.username,
        password: adminProfile.password,
      });
      expect(restored.restoredFrom.file).toBe(state.newestVerified?.file);
      expect((await test.value('office.status', {})).configured).toBe(true);
      const login = await test.value('accounts.login', {
        username: adminProfile.username,
        password: adminProfile.password,
      });
      expect((await test.value('contacts.get', { id: kept.id }, login.sessionId)).fullName).toBe('Sebelum Rusak');
      expect(test.core.recovery()).toBeNull();
    } finally {
      await test.core.close();
    }
  });

  it('refuses a file that is not a database at all, without writing to it', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'siaga.sqlite'), Buffer.alloc(8192, 0x41));
    const test = await openTestCore(dataDir, undefined, noSender);
    try {
      const state = await test.value('backups.recovery', {});
      expect(state).toMatchObject({ damaged: true, newestVerified: null });
      expect(readFileSync(join(dataDir, 'siaga.sqlite'))).toEqual(Buffer.alloc(8192, 0x41));
      expect(failure(await test.call('backups.recover', { username: 'admin', password: 'x' }))).toBe(
        'UNAUTHENTICATED recoverAccountsUnreadable',
      );
    } finally {
      await test.core.close();
    }
  });
});
