import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/tempDir';
import { databaseFileIn } from '../core/db/store';
import { runCli } from './run';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {} }, out, err };
}

/** Opens the store as an attacker with file access would: triggers dropped first. */
function tamper(dataDir: string, sql: string): void {
  const db = new BetterSqlite3(databaseFileIn(dataDir));
  db.exec('drop trigger audit_log_no_update; drop trigger audit_log_no_delete;');
  db.exec(sql);
  db.close();
}

describe('siaga verify catches a tampered audit trail', () => {
  const tempDir = useTempDirs();

  async function demoStore(): Promise<{ dataDir: string; head: string }> {
    const dataDir = tempDir();
    expect(await runCli(['demo', '--data-dir', dataDir], capture().io)).toBe(0);
    const verify = capture();
    expect(await runCli(['verify', '--data-dir', dataDir], verify.io)).toBe(0);
    const head = /audit_chain: \d+ events, head (\d+:[0-9a-f]{64})/.exec(verify.out.join('\n'))?.[1];
    expect(head).toBeDefined();
    return { dataDir, head: head! };
  }

  async function verifyFails(dataDir: string, extra: string[] = []): Promise<string> {
    const run = capture();
    expect(await runCli(['verify', '--data-dir', dataDir, ...extra], run.io)).toBe(1);
    return run.err.join('\n');
  }

  it('a changed row is named by its seq', async () => {
    const { dataDir } = await demoStore();
    tamper(dataDir, `update audit_log set data = '{"username":"mallory"}' where seq = 4`);
    expect(await verifyFails(dataDir)).toMatch(/PROBLEM audit_chain: first bad seq 4: seq 4 was changed/);
  });

  it('a deleted row is named by its seq', async () => {
    const { dataDir } = await demoStore();
    tamper(dataDir, 'delete from audit_log where seq = 3');
    expect(await verifyFails(dataDir)).toMatch(/first bad seq 3/);
  });

  it('reordered rows (contents swapped, hashes recomputed by nobody) are caught', async () => {
    const { dataDir } = await demoStore();
    tamper(
      dataDir,
      `update audit_log set seq = -5 where seq = 5;
       update audit_log set seq = 5 where seq = 6;
       update audit_log set seq = 6 where seq = -5;`,
    );
    expect(await verifyFails(dataDir)).toMatch(/first bad seq 5/);
  });

  it('a cut tail passes alone but is caught with --expect-head', async () => {
    const { dataDir, head } = await demoStore();
    const last = Number(head.split(':')[0]);
    tamper(dataDir, `delete from audit_log where seq >= ${last - 1}`);
    expect(await runCli(['verify', '--data-dir', dataDir], capture().io)).toBe(0);
    expect(await verifyFails(dataDir, ['--expect-head', head])).toMatch(
      new RegExp(`first bad seq ${last - 1}: the chain ends at seq ${last - 2}`),
    );
  });

  it('--expect-head accepts the current head and refuses a malformed one', async () => {
    const { dataDir, head } = await demoStore();
    expect(await runCli(['verify', '--data-dir', dataDir, '--expect-head', head], capture().io)).toBe(0);
    expect(await runCli(['verify', '--data-dir', dataDir, '--expect-head', '12:abc'], capture().io)).toBe(2);
    const wrongHash = `${head.split(':')[0]}:${'0'.repeat(64)}`;
    expect(await verifyFails(dataDir, ['--expect-head', wrongHash])).toMatch(/different hash than the recorded head/);
  });
});

describe('siaga users', () => {
  const tempDir = useTempDirs();

  it('lists, adds, resets and deactivates accounts, each on the audit trail', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir, '--password', 'Rahasia-Demo-1'], capture().io);
    const list = capture();
    expect(await runCli(['users', 'list', '--data-dir', dataDir], list.io)).toBe(0);
    expect(list.out.join('\n')).toMatch(/^jubir\s+Rina Marlina, S\.H\.\s+spokesperson\s+active$/m);

    const add = capture();
    expect(
      await runCli(
        [
          'users',
          'add',
          '--data-dir',
          dataDir,
          '--username',
          'wartawan',
          '--full-name',
          'Admin Cadangan',
          '--roles',
          'admin,viewer',
          '--password',
          'Cadangan-2026',
        ],
        add.io,
      ),
    ).toBe(0);
    const weak = capture();
    expect(
      await runCli(
        [
          'users',
          'add',
          '--data-dir',
          dataDir,
          '--username',
          'lemah',
          '--full-name',
          'L',
          '--roles',
          'viewer',
          '--password',
          'abc',
        ],
        weak.io,
      ),
    ).toBe(1);
    expect(weak.err.join('\n')).toContain('password: password_too_short');
    expect(
      await runCli(
        [
          'users',
          'add',
          '--data-dir',
          dataDir,
          '--username',
          'x1',
          '--full-name',
          'L',
          '--roles',
          'boss',
          '--password',
          'Cadangan-2026',
        ],
        capture().io,
      ),
    ).toBe(2);
    const dup = capture();
    expect(
      await runCli(
        [
          'users',
          'add',
          '--data-dir',
          dataDir,
          '--username',
          'staf',
          '--full-name',
          'L',
          '--roles',
          'viewer',
          '--password',
          'Cadangan-2026',
        ],
        dup.io,
      ),
    ).toBe(1);
    expect(dup.err.join('\n')).toContain('taken');

    expect(
      await runCli(
        ['users', 'reset-password', '--data-dir', dataDir, '--username', 'admin', '--password', 'Pulih-Kembali-9'],
        capture().io,
      ),
    ).toBe(0);
    expect(await runCli(['users', 'deactivate', '--data-dir', dataDir, '--username', 'tamu'], capture().io)).toBe(0);
    expect(await runCli(['users', 'deactivate', '--data-dir', dataDir, '--username', 'nobody'], capture().io)).toBe(1);

    const db = new BetterSqlite3(databaseFileIn(dataDir), { readonly: true });
    const cliEvents = db.prepare('select action from audit_log where actor_id is null order by seq').all() as {
      action: string;
    }[];
    db.close();
    expect(cliEvents.map((e) => e.action)).toEqual(['account.created', 'account.passwordReset', 'account.deactivated']);
    expect(await runCli(['verify', '--data-dir', dataDir], capture().io)).toBe(0);
  });
});
