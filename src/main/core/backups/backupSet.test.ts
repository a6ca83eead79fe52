import { embeddedSqlite } from '../db/store';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestSchemaVersion } from '../db/migrations';
import { describe, expect, it } from 'vitest';
import { useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';
import { backupProblem, copyEmbedded, listBackups, rotateBackups, takeBackup } from './backupSet';

describe('backup set: verified copies with manifests, rotation', () => {
  const tempDir = useTempDirs();
  const team = useStatementsTeam(tempDir);
  const open = async () => ({ ...(await team()), folder: join(tempDir(), 'backups') });

  it('writes a manifest with the hash, versions, row counts and audit head of the copy', async () => {
    const { test, team, folder } = await open();
    await test.value(
      'statements.create',
      { kind: 'press_release', language: 'id', templateId: null },
      team.drafter.sessionId,
    );
    const sqlite = embeddedSqlite(test.core.store);
    const head = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as {
      seq: number;
      hash: string;
    };
    const manifest = await takeBackup(copyEmbedded(sqlite), folder, '1.2.3', new Date('2026-11-28T16:30:00.000Z'));
    expect(manifest).toMatchObject({
      file: 'siaga-20261128T163000Z.sqlite',
      takenAt: '2026-11-28T16:30:00.000Z',
      appVersion: '1.2.3',
      schemaVersion: latestSchemaVersion,
      auditHead: head,
    });
    expect(manifest.rowCounts).toMatchObject({ statement: 1, account: 8 });
    expect(Object.keys(manifest.rowCounts).some((table) => table.endsWith('_fts_data'))).toBe(false);
    expect(await listBackups(folder)).toEqual([manifest]);
    expect(await backupProblem(folder, manifest)).toBeNull();

    // One byte flipped in the copy: refused by its checksum.
    const file = join(folder, manifest.file);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100]! + 1) % 256;
    writeFileSync(file, bytes);
    expect(await backupProblem(folder, manifest)).toBe('checksum');
  });

  it('rotates: keeps what the policy keeps, drops the rest and any copy left without a manifest', async () => {
    const { test, folder } = await open();
    const sqlite = embeddedSqlite(test.core.store);
    // Two on the 20th (WIB): only the later one of that day is kept; the 21st's is the newest.
    const first = await takeBackup(copyEmbedded(sqlite), folder, 't', new Date('2026-11-20T10:00:00.000Z'));
    const sameDay = await takeBackup(copyEmbedded(sqlite), folder, 't', new Date('2026-11-20T16:00:00.000Z'));
    const next = await takeBackup(copyEmbedded(sqlite), folder, 't', new Date('2026-11-21T16:00:00.000Z'));
    // A second backup in the same second gets a name of its own; it replaces nothing.
    const twin = await takeBackup(copyEmbedded(sqlite), folder, 't', new Date('2026-11-21T16:00:00.000Z'), 'manual');
    expect(twin.file).toBe('siaga-20261121T160000Z-2.sqlite');
    writeFileSync(join(folder, 'siaga-20261101T000000Z.sqlite'), 'half-written, no manifest');
    writeFileSync(join(folder, 'notes.txt'), 'not ours');
    writeFileSync(join(folder, 'siaga-20261102T000000Z.sqlite.partial'), 'a quit terminated mid-copy');
    const deleted = await rotateBackups(folder, 'Asia/Jakarta', 'automatic');
    expect(deleted.sort()).toEqual([first.file, 'siaga-20261101T000000Z.sqlite'].sort());
    expect((await listBackups(folder)).map((manifest) => manifest.file).sort()).toEqual(
      [twin.file, next.file, sameDay.file].sort(),
    );
    expect(readdirSync(folder)).toContain('notes.txt');
    expect(readdirSync(folder)).not.toContain('siaga-20261102T000000Z.sqlite.partial');
  });
});
