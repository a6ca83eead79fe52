import { writeFile } from 'node:fs/promises';
import { exportFormats, type ExportFormat } from '../../../shared/ipc/statements';
import { statementListInputSchema } from '../../../shared/ipc/statements';
import { appVersion } from '../../core/appVersion';
import { createCore } from '../../core/core';
import { CoreError } from '../../core/errors';
import { outputInput, renderOutput } from '../../core/statements/exportService';
import { listStatements } from '../../core/statements/statementQueries';
import { CommandFailed, UsageError, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

export interface StatementsOptions {
  json?: boolean | undefined;
  format?: string | undefined;
  out?: string | undefined;
}

/**
 * `siaga statements list|export`: read-only access to statements for whoever holds the data files
 * (scripts, archiving, a printer in another room). Exports are the same pure outputs the app makes.
 */
export async function statementsCommand(
  dataDir: string,
  action: string | undefined,
  id: string | undefined,
  options: StatementsOptions,
  io: CliIo,
): Promise<void> {
  existingDatabase(dataDir);
  if (action !== 'list' && action !== 'export') throw new UsageError('statements needs one of: list, export');
  if (action === 'list' && id !== undefined) throw new UsageError(`Unexpected argument: ${id}`);
  if (action === 'export') {
    if (!id) throw new UsageError('statements export needs a statement id');
    if (!options.format || !(exportFormats as readonly string[]).includes(options.format)) {
      throw new UsageError(`statements export needs --format ${exportFormats.join('|')}`);
    }
    if (!options.out) throw new UsageError('statements export needs --out FILE');
  }
  const core = await createCore({ dataDir, appVersion });
  try {
    const { db } = core.store.connection;
    if (action === 'list') {
      const all = [];
      for (let offset = 0; ; offset += 500) {
        const page = await listStatements(db, statementListInputSchema.parse({ limit: 500, offset }));
        all.push(...page.items);
        if (all.length >= page.total || page.items.length === 0) break;
      }
      if (options.json) io.out(JSON.stringify(all, null, 2));
      else {
        for (const item of all) {
          io.out([item.id, item.status.padEnd(17), (item.number ?? '-').padEnd(24), item.title].join('  '));
        }
      }
      return;
    }
    try {
      const input = await outputInput(db, id as string);
      const data = await renderOutput(input, options.format as ExportFormat);
      await writeFile(options.out as string, data);
      io.out(
        `${options.out}: ${data.length} bytes${input.approved ? '' : ' (DRAF: the current revision is not approved)'}`,
      );
    } catch (error) {
      if (error instanceof CoreError) throw new CommandFailed(error.message);
      throw error;
    }
  } finally {
    await core.close();
  }
}
