import { formatStoreReport, verifyServerStore, verifyStore } from '../../core/db/verifyStore';
import type { AuditHead } from '../../../shared/ipc/audit';
import { anchorKey, readAnchors, type AnchorInput } from '../../core/db/auditAnchors';
import { listBackups } from '../../core/backups/backupSet';
import type { SecretStore } from '../../core/security/secretStore';
import { backupSettings } from '../../core/backups/backupSettings';
import { fileSecretStore } from '../../core/security/secretStore';
import { CommandFailed, UsageError, type CliIo } from '../io';
import { existingDatabase, existingStore, type StorePlace } from '../storePlace';

/** `SEQ:HASH`, as printed by verify, the Audit view and backup manifests. */
export function parseHead(text: string): AuditHead {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new UsageError(`--expect-head must look like SEQ:HASH (64 hex digits), not ${text}`);
  return { seq: Number(match[1]), hash: match[2]! };
}

/** The anchors a desk's folder holds: its checkpoints, its key if readable here, its backups' heads. */
export async function anchorsOf(dataDir: string, secrets: SecretStore, backupFolder: string): Promise<AnchorInput> {
  const { anchors, unreadable } = await readAnchors(dataDir);
  const recorded = (await listBackups(backupFolder)).flatMap((manifest) =>
    manifest.auditHead ? [{ ...manifest.auditHead, source: manifest.file }] : [],
  );
  return { anchors, unreadable, key: await anchorKey(secrets, false), recorded };
}

/** `siaga verify`: the desk's file, the office server (`--database-url`), or a backup file (`--from`). */
export async function verifyCommand(
  place: StorePlace,
  options: { expectHead: string | undefined; from: string | undefined },
  io: CliIo,
): Promise<void> {
  const head = options.expectHead === undefined ? undefined : parseHead(options.expectHead);
  const verifyOptions = head ? { expectHead: head } : {};
  let report;
  if (options.from !== undefined) {
    if (place.databaseUrl) throw new UsageError('verify takes --from FILE or --database-url URL, not both');
    report = await verifyStore(options.from, verifyOptions).catch((error: unknown) => {
      throw new CommandFailed(`Cannot read ${options.from} as a Siaga store: ${(error as Error).message}`);
    });
  } else {
    // The desk's own anchors: its checkpoints of the head and its backups' manifests.
    const anchors = await anchorsOf(
      place.dataDir,
      fileSecretStore(place.dataDir),
      backupSettings(place.dataDir).folder(),
    );
    if (place.databaseUrl) {
      await existingStore(place);
      report = await verifyServerStore(place.databaseUrl, { ...verifyOptions, anchors });
    } else {
      report = await verifyStore(existingDatabase(place.dataDir), { ...verifyOptions, anchors });
    }
  }
  const text = formatStoreReport(report);
  if (!report.ok) throw new CommandFailed(text);
  io.out(text);
}
