import { setAnchorsAside } from '../db/auditAnchors';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AuditHead } from '../../../shared/ipc/audit';
import { appendAudit } from '../db/auditChain';
import { sha256OfFile } from '../db/backup';
import { databaseFileIn, openStore } from '../db/store';
import { transact } from '../db/transaction';
import { verifyStore, type StoreCheck } from '../db/verifyStore';
import { utcStamp, type BackupManifest } from './backupSet';

/** Why a file may not be restored (translated under `errors.reason.`). */
export type RestoreProblem = 'backupMissing' | 'backupChecksum' | 'backupUnreadable' | 'backupDamaged';

export class RestoreRefusedError extends Error {
  constructor(
    readonly reason: RestoreProblem,
    readonly file: string,
    readonly checks: StoreCheck[] = [],
  ) {
    super(`${file} cannot be restored (${reason})${checks.length ? `: ${failedChecks(checks)}` : ''}`);
    this.name = 'RestoreRefusedError';
  }
}

const failedChecks = (checks: StoreCheck[]) =>
  checks
    .filter((check) => !check.ok)
    .map((check) => `${check.name}: ${check.detail}`)
    .join('; ');

/** The store's own files: the database and, in WAL mode, its journal and shared-memory index. */
export function storeFiles(dataDir: string): string[] {
  const file = databaseFileIn(dataDir);
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * Moves the store's files, together, into `<dataDir>/set-aside/<stamp>/` — never one without the
 * others: a database without its WAL is a different (older) database. Returns the folder, or null
 * when there was no store to move. The caller has closed every connection to them.
 */
export async function setStoreAside(dataDir: string, at: Date): Promise<string | null> {
  const present = storeFiles(dataDir).filter((file) => existsSync(file));
  if (present.length === 0) return null;
  const folder = join(dataDir, 'set-aside', utcStamp(at));
  await mkdir(folder, { recursive: true, mode: 0o700 });
  for (const file of present) await rename(file, join(folder, basename(file)));
  return folder;
}

/** The manifest written beside a backup, if there is one. */
async function manifestBeside(file: string): Promise<BackupManifest | undefined> {
  try {
    return JSON.parse(await readFile(`${file}.manifest.json`, 'utf8')) as BackupManifest;
  } catch {
    return undefined;
  }
}

export interface RestoreCandidate {
  file: string;
  manifest?: BackupManifest;
  /** The audit head the file holds (null for a store with no events). */
  auditHead: AuditHead | null;
}

/**
 * Everything a restore checks before it touches the current store: the file exists; its SHA-256
 * matches its manifest (one flipped byte is refused); SQLite's integrity and foreign-key checks;
 * it is a Siaga store this build can open; its audit chain is whole and ends at the manifest's head.
 */
export async function checkRestoreCandidate(file: string): Promise<RestoreCandidate> {
  if (!existsSync(file)) throw new RestoreRefusedError('backupMissing', file);
  const manifest = await manifestBeside(file);
  if (manifest && (await sha256OfFile(file)) !== manifest.sha256) throw new RestoreRefusedError('backupChecksum', file);
  let report;
  try {
    report = await verifyStore(file, manifest?.auditHead ? { expectHead: manifest.auditHead } : {});
  } catch {
    throw new RestoreRefusedError('backupUnreadable', file);
  }
  if (!report.ok || !report.checks.some((check) => check.name === 'audit_chain')) {
    throw new RestoreRefusedError('backupDamaged', file, report.checks);
  }
  return { file, ...(manifest ? { manifest } : {}), auditHead: report.auditHead ?? null };
}

export interface RestoreOutcome {
  /** Where the store that was replaced now is (null if there was none). */
  setAside: string | null;
  /** Distribution jobs that were open in the backup: paused for a person to review. */
  jobsHeld: number;
  /** Recipients whose message may have left after the backup was taken: marked `unknown`. */
  recipientsInDoubt: number;
}

/**
 * Puts a checked backup in place of the store: the current files go aside together, the backup is
 * copied under a temporary name and renamed (a crash leaves either the old name free or the whole
 * copy), the store is opened (migrating an older backup) and the restore recorded in it.
 * Every connection to the current store must be closed first.
 */
export async function restoreStore(
  dataDir: string,
  candidate: RestoreCandidate,
  actor: { accountId: string | null },
  now: () => Date,
): Promise<RestoreOutcome> {
  const at = now();
  const setAside = await setStoreAside(dataDir, at);
  // The restored chain is an older one: the anchors of the chain set aside go with it.
  await setAnchorsAside(dataDir, at);
  const target = databaseFileIn(dataDir);
  const partial = `${target}.restoring`;
  await rm(partial, { force: true });
  await copyFile(candidate.file, partial);
  await rename(partial, target);
  const store = await openStore({ dataDir, now });
  try {
    return { setAside, ...(await recordRestore(store.connection.db, candidate, setAside, actor, at.toISOString())) };
  } finally {
    await store.close();
  }
}

/**
 * What a restored store must not do by itself: send again what may already have gone out after
 * the backup was taken. Every job still open in the backup is paused with the reason
 * `restoredFromBackup` (only a person resumes it, after checking what recipients received); rows
 * that were being sent become `unknown`. Sessions of the backup are ended: everyone signs in again.
 * The one write outside a write scope: it goes into the restored file before that file is the
 * store (no core runs on it yet, so there is no writer and nobody to tell).
 */
async function recordRestore(
  db: Parameters<typeof transact>[0],
  candidate: RestoreCandidate,
  setAside: string | null,
  actor: { accountId: string | null },
  at: string,
): Promise<Omit<RestoreOutcome, 'setAside'>> {
  return transact(db, async ({ trx }) => {
    const open = await trx
      .selectFrom('distribution')
      .select(['id', 'status'])
      .where('status', 'in', ['scheduled', 'sending', 'paused'])
      .execute();
    for (const job of open) {
      await trx
        .updateTable('distribution')
        .set({
          status: 'paused',
          pause_reason: 'restoredFromBackup',
          pause_detail: `was ${job.status} in the backup`,
          resume_at: null,
          updated_at: at,
        })
        .where('id', '=', job.id)
        .execute();
      await appendAudit(
        trx,
        {
          actorId: actor.accountId,
          action: 'distribution.paused',
          entityType: 'distribution',
          entityId: job.id,
          data: { reason: 'restoredFromBackup', was: job.status },
        },
        at,
      );
    }
    const inDoubt = await trx
      .updateTable('outbox')
      .set({ status: 'unknown', updated_at: at })
      .where('status', '=', 'sending')
      .executeTakeFirst();
    await trx.updateTable('session').set({ ended_at: at }).where('ended_at', 'is', null).execute();
    await appendAudit(
      trx,
      {
        actorId: actor.accountId,
        action: 'backup.restored',
        entityType: 'store',
        entityId: basename(candidate.file),
        data: {
          takenAt: candidate.manifest?.takenAt ?? null,
          sha256: candidate.manifest?.sha256 ?? null,
          auditHead: candidate.auditHead,
          setAside,
          jobsHeld: open.length,
        },
      },
      at,
    );
    return { jobsHeld: open.length, recipientsInDoubt: Number(inDoubt.numUpdatedRows) };
  });
}
