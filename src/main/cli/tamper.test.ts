import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorFileName } from '../core/db/auditAnchors';
import { createCore } from '../core/core';
import { rewriteChainFrom } from '../../../test/auditTamper';
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

async function verifyFails(dataDir: string, extra: string[] = []): Promise<string> {
  const run = capture();
  expect(await runCli(['verify', '--data-dir', dataDir, ...extra], run.io)).toBe(1);
  return run.err.join('\n');
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

describe('siaga verify compares the chain with its anchors outside the database', () => {
  const tempDir = useTempDirs();

  /** A demo store opened once by the app's core, which writes a checkpoint of the head as it closes. */
  async function anchoredStore(): Promise<string> {
    const dataDir = tempDir();
    expect(await runCli(['demo', '--data-dir', dataDir], capture().io)).toBe(0);
    const core = await createCore({ dataDir, appVersion: 'test', distribution: { autoStart: false } });
    await core.close();
    expect(readFileSync(join(dataDir, anchorFileName), 'utf8').trim().split('\n')).toHaveLength(1);
    const verify = capture();
    expect(await runCli(['verify', '--data-dir', dataDir], verify.io)).toBe(0);
    expect(verify.out.join('\n')).toMatch(
      /OK\s+audit_anchors: 1 checkpoints \(authenticated\) and 0 backup heads agree/,
    );
    return dataDir;
  }

  it('a chain rewritten from the file alone (hashes recomputed) verifies alone but not against its checkpoint', async () => {
    const dataDir = await anchoredStore();
    rewriteChainFrom(dataDir, 5);
    const report = await verifyFails(dataDir);
    expect(report).toMatch(/OK\s+audit_chain/);
    expect(report).toMatch(/PROBLEM audit_anchors: event \d+ differs from the anchor of .*: the chain was rewritten/);
  });

  it('an anchors file rewritten to match is not authentic without the key', async () => {
    const dataDir = await anchoredStore();
    rewriteChainFrom(dataDir, 5);
    const file = join(dataDir, anchorFileName);
    const anchor = JSON.parse(readFileSync(file, 'utf8')) as { seq: number; hash: string };
    const db = new BetterSqlite3(databaseFileIn(dataDir), { readonly: true });
    anchor.hash = (db.prepare('select hash from audit_log where seq = ?').get(anchor.seq) as { hash: string }).hash;
    db.close();
    writeFileSync(file, `${JSON.stringify(anchor)}\n`);
    expect(await verifyFails(dataDir)).toMatch(/the checkpoint of event \d+ \(.*\) is not authentic/);
  });

  it("a backup manifest's head is an anchor too", async () => {
    const dataDir = tempDir();
    expect(await runCli(['demo', '--data-dir', dataDir], capture().io)).toBe(0);
    expect(await runCli(['backup', '--data-dir', dataDir], capture().io)).toBe(0);
    rewriteChainFrom(dataDir, 5);
    expect(await verifyFails(dataDir)).toMatch(
      /event \d+ differs from the backup siaga-.*\.sqlite: the chain was rewritten/,
    );
  });
});

describe('siaga users', () => {
  const tempDir = useTempDirs();

  it('lists, adds, resets and deactivates accounts, each on the audit trail', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir, '--password', 'Rahasia-Demo-1'], capture().io);
    /**
     * Runs `siaga users <action> --data-dir dataDir ...` with `password` on "standard input", and
     * returns its exit code and output.
     */
    const users = async (action: string, options: Record<string, string>, password?: string) => {
      const run = capture();
      const io = { ...run.io, readSecret: () => Promise.resolve(password ?? null) };
      const flags = Object.entries(options).flatMap(([name, value]) => [`--${name}`, value]);
      const code = await runCli(['users', action, '--data-dir', dataDir, ...flags], io);
      return { code, out: run.out.join('\n'), err: run.err.join('\n') };
    };
    const add = (username: string, roles: string, password = 'Cadangan-2026') =>
      users('add', { username, 'full-name': 'Admin Cadangan', roles }, password);

    // A password is never an argument: other users of the computer see arguments in the process list.
    const onCommandLine = await users('add', {
      username: 'x2',
      'full-name': 'X',
      roles: 'viewer',
      password: 'Cadangan-2026',
    });
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.err).toContain('users reads the password from a prompt, or from standard input');
    const none = await users('reset-password', { username: 'admin' });
    expect(none.code).toBe(2);

    const list = await users('list', {});
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^jubir\s+Rina Marlina, S\.H\.\s+spokesperson\s+active$/m);

    expect((await add('wartawan', 'admin,viewer')).code).toBe(0);
    const weak = await add('lemah', 'viewer', 'abc');
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('password: password_too_short');
    expect((await add('x1', 'boss')).code).toBe(2);
    const dup = await add('staf', 'viewer');
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('taken');

    expect((await users('reset-password', { username: 'admin' }, 'Pulih-Kembali-9')).code).toBe(0);
    expect((await users('deactivate', { username: 'tamu' })).code).toBe(0);
    expect((await users('deactivate', { username: 'nobody' })).code).toBe(1);

    const db = new BetterSqlite3(databaseFileIn(dataDir), { readonly: true });
    const cliEvents = db.prepare('select action from audit_log where actor_id is null order by seq').all() as {
      action: string;
    }[];
    db.close();
    expect(cliEvents.map((e) => e.action)).toEqual(['account.created', 'account.passwordReset', 'account.deactivated']);
    expect(await runCli(['verify', '--data-dir', dataDir], capture().io)).toBe(0);
  });
});
