import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/tempDir';
import { latestSchemaVersion } from '../core/db/migrations';
import { databaseFileIn } from '../core/db/store';
import { runCli } from './run';
import { captureIo as io } from '../../../test/cliHarness';

describe('siaga CLI', () => {
  const tempDir = useTempDirs();

  it('prints usage for --help and for no command', async () => {
    for (const argv of [['--help'], [], ['help']]) {
      const { io: streams, out } = io();
      expect(await runCli(argv, streams)).toBe(0);
      expect(out.join('\n')).toContain('Usage: npm run siaga');
    }
  });

  it('exits 2 with usage on bad arguments', async () => {
    for (const argv of [
      ['bogus'],
      ['verify', '--nope'],
      ['restore', '--data-dir', '/x'],
      ['info', '--out', 'f'],
      ['verify', 'extra'],
    ]) {
      const { io: streams, err } = io();
      expect(await runCli(argv, streams)).toBe(2);
      expect(err.join('\n')).toContain('Usage:');
    }
  });

  it('demo makes a fresh store that verify accepts; demo refuses a used directory', async () => {
    const dataDir = join(tempDir(), 'demo');
    const first = io();
    expect(await runCli(['demo', '--data-dir', dataDir], first.io)).toBe(0);
    expect(first.out.join('\n')).toContain('preferences:');
    const verify = io();
    expect(await runCli(['verify', '--data-dir', dataDir], verify.io)).toBe(0);
    expect(verify.out.join('\n')).toContain('Result: OK');
    const again = io();
    expect(await runCli(['demo', '--data-dir', dataDir], again.io)).toBe(1);
    expect(again.err.join('\n')).toContain('already holds Siaga data');
  });

  it('info prints app.info as JSON; SIAGA_DATA_DIR is the default', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir], io().io);
    const { io: streams, out } = io({ SIAGA_DATA_DIR: dataDir });
    expect(await runCli(['info'], streams)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      dataDir,
      journalMode: 'wal',
      schemaVersion: latestSchemaVersion,
    });
  });

  it('diagnostics writes what to hand the IT person: versions, checks, sizes, no one’s data', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir], io().io);
    const out = join(tempDir(), 'diagnostik.json');
    const run = io();
    expect(await runCli(['diagnostics', '--out', out, '--data-dir', dataDir], run.io)).toBe(0);
    expect(run.out.join('\n')).toBe(`Diagnostics written to ${out}`);
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      app: { schemaVersion: latestSchemaVersion },
      store: { kind: 'embedded', journal: 'wal' },
      tables: expect.arrayContaining([
        { table: 'account', rows: 6 },
        { table: 'crisis', rows: 2 },
      ]),
    });
    expect(JSON.parse(text).checks.every((check: { ok: boolean }) => check.ok)).toBe(true);
    // The demo office's journalists are counted, never named.
    expect(text).not.toMatch(/@[a-z0-9-]+\.(co\.id|com|id)\b/);
  });

  it('commands that read never create a store where there is none', async () => {
    const dataDir = join(tempDir(), 'empty');
    for (const argv of [['info'], ['verify'], ['diagnostics'], ['backup', '--out', join(tempDir(), 'b.sqlite')]]) {
      const { io: streams, err } = io();
      expect(await runCli([...argv, '--data-dir', dataDir], streams)).toBe(1);
      expect(err.join('\n')).toContain('No Siaga data');
    }
    expect(existsSync(databaseFileIn(dataDir))).toBe(false);
  });

  it('backup writes a verified copy and never overwrites', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir], io().io);
    const out = join(tempDir(), 'backup.sqlite');
    const first = io();
    expect(await runCli(['backup', '--data-dir', dataDir, '--out', out], first.io)).toBe(0);
    expect(JSON.parse(first.out.join('\n'))).toMatchObject({
      file: out,
      verified: true,
      auditHead: expect.stringMatching(/^\d+:[0-9a-f]{64}$/),
    });
    const copy = new BetterSqlite3(out, { readonly: true });
    expect(copy.prepare("select value_json from preference where key = 'language'").get()).toEqual({
      value_json: '"id"',
    });
    copy.close();
    const second = io();
    expect(await runCli(['backup', '--data-dir', dataDir, '--out', out], second.io)).toBe(1);
    expect(second.err.join('\n')).toContain('already exists');
  });

  it('verify exits 1 and names the problem: a store from a newer version', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir], io().io);
    const db = new BetterSqlite3(databaseFileIn(dataDir));
    db.prepare("insert into schema_migration (name, applied_at) values ('9999_future', 'x')").run();
    db.close();
    const { io: streams, err } = io();
    expect(await runCli(['verify', '--data-dir', dataDir], streams)).toBe(1);
    expect(err.join('\n')).toMatch(/PROBLEM migrations: written by a newer Siaga: unknown migrations 9999_future/);
  });

  it('verify exits 1 and names the problem: broken foreign keys', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir], io().io);
    const db = new BetterSqlite3(databaseFileIn(dataDir));
    db.exec(
      'create table parent (id integer primary key); create table child (id integer primary key, parent_id integer references parent(id));',
    );
    db.pragma('foreign_keys = OFF');
    db.prepare('insert into child (id, parent_id) values (1, 42)').run();
    db.close();
    const { io: streams, err } = io();
    expect(await runCli(['verify', '--data-dir', dataDir], streams)).toBe(1);
    expect(err.join('\n')).toContain('PROBLEM foreign_key_check: child row 1 -> parent');
  });

  it('verify exits 1 on a damaged file', async () => {
    const dataDir = tempDir();
    await runCli(['demo', '--data-dir', dataDir], io().io);
    writeFileSync(databaseFileIn(dataDir), Buffer.from('this is not a database at all'.repeat(200)));
    const { io: streams, err } = io();
    expect(await runCli(['verify', '--data-dir', dataDir], streams)).toBe(1);
    expect(err.join('\n')).toMatch(/not a database|PROBLEM/);
  });

  it('runs as `npm run siaga` with real exit codes', () => {
    const dataDir = join(tempDir(), 'npm');
    execFileSync('npm', ['run', '-s', 'siaga', '--', 'demo', '--data-dir', dataDir], { stdio: 'pipe' });
    const verify = spawnSync('npm', ['run', '-s', 'siaga', '--', 'verify', '--data-dir', dataDir], {
      encoding: 'utf8',
    });
    expect(verify.status).toBe(0);
    expect(spawnSync('npm', ['run', '-s', 'siaga', '--', 'nonsense'], { encoding: 'utf8' }).status).toBe(2);
  });
});
