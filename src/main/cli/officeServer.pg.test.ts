import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../test/postgres/pgTest';
import { useTempDirs } from '../../../test/tempDir';
import { captureIo as io } from '../../../test/cliHarness';
import { describeCopy } from '../core/backups/backupSet';
import { databaseFileIn } from '../core/db/store';
import { runCli } from './run';

/** The command line on the office server: the demo built there, a move proved, backup, verify, restore. */
describe('siaga on the office server', () => {
  const tempDir = useTempDirs();
  const database = usePostgresDatabases();

  async function run(args: string[], env: Record<string, string> = {}) {
    const captured = io(env);
    const code = await runCli(args, captured.io);
    return { code, out: captured.out.join('\n'), err: captured.err.join('\n') };
  }

  it('moves the whole demo office onto an empty server database, proved; a second move into it is refused', async () => {
    const dataDir = tempDir();
    expect((await run(['demo', '--data-dir', dataDir])).code).toBe(0);
    const original = await describeCopy(databaseFileIn(dataDir));
    const url = await database();

    const moved = await run(['move-to-server', '--data-dir', dataDir, '--database-url', url]);
    expect(moved.err).toBe('');
    expect(moved.code).toBe(0);
    const result = JSON.parse(moved.out) as { rows: number; tables: number; auditHead: string; attachments: number };
    const { schema_migration: _migrations, ...originalRows } = original.rowCounts;
    const ftsCounts = Object.values(originalRows).reduce((sum, n) => sum + n, 0);
    expect(result.rows).toBe(ftsCounts);
    expect(result.auditHead).toBe(`${original.auditHead?.seq}:${original.auditHead?.hash}`);
    expect(result.attachments).toBeGreaterThan(0);
    // The password never appears in what the command prints.
    expect(moved.out).not.toContain(new URL(url).password || 'no-password-in-url');

    const verified = await run(['verify', '--database-url', url, '--expect-head', result.auditHead]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/OK +guards: 8 append-only and four-eyes triggers enabled/);
    expect(verified.out).toMatch(/Result: OK/);

    // The same commands read the office from the server as they read it from the file.
    const fromServer = await run(['statements', 'list', '--json', '--database-url', url, '--data-dir', tempDir()]);
    const fromFile = await run(['statements', 'list', '--json', '--data-dir', dataDir]);
    expect(fromServer.code).toBe(0);
    expect(JSON.parse(fromServer.out)).toEqual(JSON.parse(fromFile.out));

    const again = await run(['move-to-server', '--data-dir', dataDir, '--database-url', url]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds an office/);
    expect((await run(['verify', '--database-url', url, '--expect-head', result.auditHead])).code).toBe(0);
  });

  it('backs the server up into a Siaga file that verifies and restores into another empty database', async () => {
    const url = await database();
    const deskDir = tempDir();
    expect((await run(['demo', '--data-dir', deskDir], { SIAGA_DATABASE_URL: url })).code).toBe(0);
    // A second demo into the same database is refused.
    const second = await run(['demo', '--data-dir', tempDir(), '--database-url', url]);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/already holds Siaga data/);

    const file = join(tempDir(), 'office.sqlite');
    const backup = await run(['backup', '--database-url', url, '--out', file]);
    expect(backup.err).toBe('');
    const taken = JSON.parse(backup.out) as { verified: boolean; auditHead: string };
    expect(taken.verified).toBe(true);
    expect((await run(['verify', '--from', file, '--expect-head', taken.auditHead])).code).toBe(0);

    const target = await database();
    const restored = await run(['restore', '--from', file, '--database-url', target]);
    expect(restored.err).toBe('');
    expect(JSON.parse(restored.out)).toMatchObject({ auditHead: taken.auditHead });
    const [a, b] = await Promise.all([
      run(['hoaxes', 'list', '--json', '--database-url', url]),
      run(['hoaxes', 'list', '--json', '--database-url', target]),
    ]);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  });

  it('refuses in plain words: no office on the server, a server that is not there, a URL that is not PostgreSQL', async () => {
    const url = await database();
    const empty = await run(['info', '--database-url', url]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/No Siaga data on the office server/);

    const down = new URL(url);
    down.port = '1';
    const unreachable = await run(['info', '--database-url', down.toString()]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toMatch(/Cannot use the office server/);
    expect(unreachable.err).not.toContain(down.password || 'no-password-in-url');

    const wrong = await run(['info', '--database-url', 'mysql://siaga@localhost/siaga']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/postgres:\/\//);
  });
});
