import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsBundle } from '../../core/diagnostics/diagnosticsBundle';
import { createFileLog } from '../../core/diagnostics/fileLog';
import { appVersion } from '../../core/appVersion';
import { withCore } from '../cliCore';
import type { CliIo } from '../io';
import type { StorePlace } from '../storePlace';

/**
 * `siaga diagnostics [--out FILE]`: the same bundle as *Informasi Sistem → Ekspor diagnostik* —
 * versions, the store's checks, rows per table, queues, the desk's recent errors; no records, no
 * personal data, no secrets — printed as JSON or written to FILE (owner-only).
 */
export async function diagnosticsCommand(place: StorePlace, out: string | undefined, io: CliIo): Promise<void> {
  await withCore(place, async (core) => {
    const bundle = await diagnosticsBundle({
      store: core.store,
      appVersion,
      databaseUrl: place.databaseUrl,
      log: createFileLog(join(place.dataDir, 'logs'), { source: 'cli' }),
      now: () => new Date(),
    });
    const text = JSON.stringify(bundle, null, 2);
    if (out) {
      writeFileSync(out, `${text}\n`, { mode: 0o600 });
      io.out(`Diagnostics written to ${out}`);
    } else {
      io.out(text);
    }
  });
}
