import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { backupsToKeep } from '../../../shared/backups/retention';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import { readAuditHead } from '../db/auditChain';
import { backupDatabase, sha256OfFile, verifyDatabaseFile, type BackupResult } from '../db/backup';
import { openConnection } from '../db/connection';
import { readAppliedMigrations } from '../db/migrator';

/**
 * A folder of verified backups, each `siaga-<UTC stamp>.sqlite` with its manifest beside it
 * (`….manifest.json`: SHA-256, schema and app version, row counts, audit chain head). One manifest
 * per file, written after the file is verified and in place: a crash leaves at worst a backup
 * without a manifest, which is never offered for restore and is removed by the next rotation.
 */
export interface BackupManifest {
  file: string;
  takenAt: string;
  bytes: number;
  sha256: string;
  schemaVersion: number;
  appVersion: string;
  /** Rows per table (FTS shadow tables left out): what a restore will bring back. */
  rowCounts: Record<string, number>;
  auditHead: { seq: number; hash: string } | null;
  /** The office's zone in the copy, so a backup's times read right even when the store cannot be. */
  timeZone?: string;
  /**
   * Who asked for it: 'manual' (a person, "Cadangkan sekarang") or the app's own schedule. Absent
   * in manifests written before manual backups rotated apart: read as the schedule's.
   */
  trigger?: 'manual' | 'daily' | 'quit';
}

/** A person's backups and the schedule's rotate apart: neither ever deletes the other's. */
export type BackupSeries = 'manual' | 'automatic';
export const seriesOf = (manifest: Pick<BackupManifest, 'trigger'>): BackupSeries =>
  manifest.trigger === 'manual' ? 'manual' : 'automatic';
/** The newest manual backups kept (the schedule's keep 7 daily, 4 weekly, 12 monthly). */
export const manualBackupsToKeep = 10;

const manifestSuffix = '.manifest.json';
/** `20261129T040444Z`: an instant in UTC as backups, set-aside and damaged folders are named. */
export const utcStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** What a verified copy holds, read from the copy itself (never from the live store). */
export async function describeCopy(
  file: string,
): Promise<Omit<BackupManifest, 'file' | 'takenAt' | 'bytes' | 'sha256' | 'appVersion'>> {
  const copy = openConnection(file, { readonly: true, mustExist: true });
  try {
    const tables = (
      copy.sqlite
        .prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name`)
        .all() as { name: string }[]
    )
      .map((row) => row.name)
      // FTS5 keeps its index in shadow tables named after the virtual table.
      .filter((name) => !/_fts_(data|idx|docsize|config|content)$/.test(name));
    const rowCounts: Record<string, number> = {};
    for (const table of tables) {
      rowCounts[table] = (copy.sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    }
    const schemaVersion = tables.includes('schema_migration') ? (await readAppliedMigrations(copy.db)).length : 0;
    const head = tables.includes('audit_log') ? await readAuditHead(copy.db) : null;
    const office = tables.includes('office')
      ? await copy.db.selectFrom('office').select('time_zone').executeTakeFirst()
      : undefined;
    return {
      schemaVersion,
      rowCounts,
      auditHead: head && head.seq > 0 ? { seq: head.seq, hash: head.hash } : null,
      ...(office ? { timeZone: office.time_zone } : {}),
    };
  } finally {
    await copy.close();
  }
}

/**
 * How a store is copied into a verified file: the embedded file by SQLite's online backup, the
 * office server by a logical copy in one snapshot (officeServer/serverBackup.ts).
 */
export type CopyStore = (outFile: string) => Promise<BackupResult>;

/** The embedded file's copier. */
export const copyEmbedded =
  (sqlite: BetterSqlite3.Database): CopyStore =>
  (outFile) =>
    backupDatabase(sqlite, outFile);

/**
 * `siaga-<stamp>.sqlite`, or `-2`, `-3`… when a backup of the same second is there already (a
 * person's right after the schedule's): a new backup never replaces another.
 */
async function freeName(folder: string, stem: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const file = join(folder, `${stem}${n === 1 ? '' : `-${n}`}.sqlite`);
    const taken = await stat(file).then(
      () => true,
      () => false,
    );
    if (!taken) return file;
  }
}

/** Takes a verified backup into `folder` and writes its manifest. */
export async function takeBackup(
  copy: CopyStore,
  folder: string,
  appVersion: string,
  now: Date,
  trigger: NonNullable<BackupManifest['trigger']> = 'daily',
): Promise<BackupManifest> {
  const file = await freeName(folder, `siaga-${utcStamp(now)}`);
  const result = await copy(file);
  const manifest: BackupManifest = {
    file: basename(file),
    takenAt: now.toISOString(),
    trigger,
    bytes: result.bytes,
    sha256: result.sha256,
    appVersion,
    ...(await describeCopy(file)),
  };
  await writeFile(`${file}${manifestSuffix}`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** The backups of a folder that have a manifest, newest first. */
export async function listBackups(folder: string): Promise<BackupManifest[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const manifests: BackupManifest[] = [];
  for (const name of names.filter((entry) => entry.endsWith(manifestSuffix))) {
    try {
      manifests.push(JSON.parse(await readFile(join(folder, name), 'utf8')) as BackupManifest);
    } catch {
      // A manifest that cannot be read does not describe a backup anyone should restore.
    }
  }
  return manifests.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Why a backup may not be restored, or null when its bytes and its database are sound. */
export async function backupProblem(folder: string, manifest: BackupManifest): Promise<string | null> {
  const file = join(folder, manifest.file);
  const sha256 = await sha256OfFile(file).catch(() => null);
  if (sha256 === null) return 'missing';
  if (sha256 !== manifest.sha256) return 'checksum';
  try {
    return verifyDatabaseFile(file).ok ? null : 'integrity';
  } catch {
    return 'unreadable';
  }
}

/**
 * Applies the rotation of one series — the schedule's (7 daily, 4 weekly, 12 monthly in the
 * office's zone) or a person's (the newest ten) — deleting its backups no rule keeps, and any
 * backup file left without a manifest. The other series is never touched. Returns the files deleted.
 */
export async function rotateBackups(folder: string, zone: OfficeTimeZone, series: BackupSeries): Promise<string[]> {
  const manifests = await listBackups(folder);
  const mine = manifests.filter((manifest) => seriesOf(manifest) === series);
  const keep = series === 'manual' ? mine.slice(0, manualBackupsToKeep) : [...backupsToKeep(mine, zone)];
  const kept = new Set(
    [...keep, ...manifests.filter((manifest) => seriesOf(manifest) !== series)].map((manifest) => manifest.file),
  );
  const deleted: string[] = [];
  for (const name of await readdir(folder)) {
    // A copy a crash or a terminated quit left half-written is never a backup.
    if (/^siaga-\d{8}T\d{6}Z(-\d+)?\.sqlite\.partial$/.test(name)) {
      await rm(join(folder, name), { force: true });
      continue;
    }
    const backupFile = name.endsWith(manifestSuffix) ? name.slice(0, -manifestSuffix.length) : name;
    if (!/^siaga-\d{8}T\d{6}Z(-\d+)?\.sqlite$/.test(backupFile) || kept.has(backupFile)) continue;
    await rm(join(folder, name), { force: true });
    if (name === backupFile) deleted.push(name);
  }
  return deleted;
}
