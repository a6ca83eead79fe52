import type { Writer } from '../kernel/writeScope';
import { constants } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import type { BackupEntry, BackupStatus } from '../../../shared/ipc/backups';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import type { Logger } from '../kernel/dispatcher';
import type { Store } from '../db/store';
import { CoreError } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';
import type { BackupSettings } from './backupSettings';
import { backupServerDatabase } from '../officeServer/serverBackup';
import {
  copyEmbedded,
  listBackups,
  rotateBackups,
  seriesOf,
  takeBackup,
  type BackupManifest,
  type CopyStore,
} from './backupSet';

/** A daily backup is due this long after the newest one. */
export const backupIntervalMs = 24 * 60 * 60 * 1000;
/** How often the schedule looks whether a backup is due (and how long after start it first looks). */
const scheduleCheckMs = 60 * 60 * 1000;
const firstCheckMs = 2 * 60 * 1000;

export type BackupTrigger = 'manual' | 'daily' | 'quit';

export interface BackupServiceDeps {
  store: Store;
  /**
   * Whether this desk takes the scheduled (daily, on-quit) backups: on the office server one desk
   * of the office does, not every desk (officeServer/officeDuty.ts); absent, this desk always does.
   */
  scheduledHere?: () => Promise<boolean>;
  settings: BackupSettings;
  appVersion: string;
  now: () => Date;
  write: Writer;
  logger: Logger;
}

export function toBackupEntry(manifest: BackupManifest): BackupEntry {
  return {
    file: manifest.file,
    takenAt: manifest.takenAt,
    bytes: manifest.bytes,
    sha256: manifest.sha256,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    rows: Object.values(manifest.rowCounts).reduce((sum, n) => sum + n, 0),
    statements: manifest.rowCounts.statement ?? 0,
    contacts: manifest.rowCounts.contact ?? 0,
    auditHead: manifest.auditHead,
    timeZone: manifest.timeZone ?? null,
    series: seriesOf(manifest),
  };
}

async function officeZone(store: Store): Promise<OfficeTimeZone> {
  const office = await store.connection.db.selectFrom('office').select('time_zone').executeTakeFirst();
  return office?.time_zone ?? 'Asia/Jakarta';
}

/** Backups of the live store: taken by a person, each day, and on quit; listed; the folder chosen. */
export function createBackupService(deps: BackupServiceDeps) {
  const { store, settings } = deps;
  let running: Promise<BackupManifest> | undefined;
  let timer: NodeJS.Timeout | undefined;

  /** The schedule's newest backup: a person's backup does not put the daily one off. */
  async function newest(): Promise<BackupManifest | undefined> {
    return (await listBackups(settings.folder())).find((manifest) => seriesOf(manifest) === 'automatic');
  }

  async function isDue(): Promise<boolean> {
    const last = await newest();
    return !last || deps.now().getTime() - Date.parse(last.takenAt) >= backupIntervalMs;
  }

  /** One backup at a time: a second request while one runs gets the same backup. */
  function take(trigger: BackupTrigger, actorId: string | null): Promise<BackupManifest> {
    running ??= (async () => {
      const folder = settings.folder();
      const { sqlite, db } = store.connection;
      // The embedded file by SQLite's online backup; the office server by a logical copy into a
      // Siaga file (one snapshot), so the same backup folder, manifest and checks serve both.
      const copy: CopyStore = sqlite ? copyEmbedded(sqlite) : (outFile) => backupServerDatabase(db, outFile);
      try {
        const manifest = await takeBackup(copy, folder, deps.appVersion, deps.now(), trigger);
        const removed = await rotateBackups(folder, await officeZone(store), seriesOf(manifest));
        // The daily and quit backups are the app's own (no account); a manual one is the person's.
        await deps.write({ accountId: actorId }, (w) =>
          w.audit('backup.taken', 'store', manifest.file, {
            trigger,
            sha256: manifest.sha256,
            auditHead: manifest.auditHead,
            rotatedOut: removed,
          }),
        );
        return manifest;
      } catch (error) {
        if (error instanceof CoreError) throw error;
        throw new CoreError('INTERNAL', `Backup into ${folder} failed: ${String(error)}`, {
          reason: 'backupFailed',
          folder,
        });
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  async function takeIfDue(trigger: Exclude<BackupTrigger, 'manual'>): Promise<void> {
    try {
      if (deps.scheduledHere && !(await deps.scheduledHere())) return;
      if (await isDue()) await take(trigger, null);
    } catch (error) {
      // A failed automatic backup must not stop the desk; the Backups view shows how old the newest is.
      deps.logger.error(`The ${trigger} backup failed`, error);
    }
  }

  async function status(): Promise<BackupStatus> {
    const backups = (await listBackups(settings.folder())).map(toBackupEntry);
    const last = backups[0];
    return {
      folder: settings.folder(),
      folderChosen: settings.chosen() !== undefined,
      backups,
      nextDueAt: last ? new Date(Date.parse(last.takenAt) + backupIntervalMs).toISOString() : deps.now().toISOString(),
      store: store.connection.sqlite ? 'embedded' : 'server',
    };
  }

  /** A folder is accepted only if it is absolute and Siaga can create a file in it now. */
  async function chooseFolder(folder: string | null, actorId: string): Promise<BackupStatus> {
    const previous = settings.folder();
    if (folder !== null) {
      if (!isAbsolute(folder)) throw fieldError(['folder'], 'folderNotAbsolute');
      const target = normalize(folder);
      try {
        await mkdir(target, { recursive: true, mode: 0o700 });
        const probe = join(target, `.siaga-write-test-${process.pid}`);
        await writeFile(probe, 'ok');
        await rm(probe);
        await access(target, constants.W_OK);
      } catch {
        throw fieldError(['folder'], 'folderNotWritable');
      }
      settings.choose(target);
    } else settings.choose(undefined);
    await deps.write({ accountId: actorId }, (w) =>
      w.audit('backup.folderChanged', 'store', 'backups', { from: previous, to: settings.folder() }),
    );
    return status();
  }

  return {
    status,
    chooseFolder,
    take: (actorId: string | null) => take('manual', actorId),
    takeIfDue,
    /** Looks each hour whether the daily backup is due (first a little after start, off the start-up path). */
    startSchedule(): void {
      if (timer) return;
      const check = () => void takeIfDue('daily');
      const first = setTimeout(() => {
        check();
        timer = setInterval(check, scheduleCheckMs);
        timer.unref();
      }, firstCheckMs);
      first.unref();
      timer = first;
    },
    /** Stops the schedule and waits for a backup in progress to finish. */
    async stop(): Promise<void> {
      // One handle for the first look and the hourly interval: clearTimeout cancels either.
      clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
