import { printable } from '../../../shared/controlCharacters';
import { withCore } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { capParamsSchema } from '../../../shared/ipc/distribution';
import { capAlertXml } from '../../core/distribution/channels/capAlert';
import { sitePackage } from '../../core/distribution/channels/sitePackage';
import { exportFormats, type ExportFormat } from '../../../shared/ipc/statements';
import { statementListInputSchema } from '../../../shared/ipc/statements';
import { CoreError } from '../../core/kernel/errors';
import { outputInput, renderOutput } from '../../core/statements/exportService';
import { listStatements } from '../../core/statements/statementQueries';
import { CommandFailed, UsageError, type CliIo } from '../io';

/** The statement outputs, plus the release channels that make files: a CAP alert and the website package. */
const allFormats = [...exportFormats, 'cap', 'site'] as const;

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
  place: StorePlace,
  action: string | undefined,
  id: string | undefined,
  options: StatementsOptions,
  io: CliIo,
): Promise<void> {
  if (action !== 'list' && action !== 'export') throw new UsageError('statements needs one of: list, export');
  if (action === 'list' && id !== undefined) throw new UsageError(`Unexpected argument: ${id}`);
  if (action === 'export') {
    if (!id) throw new UsageError('statements export needs a statement id');
    if (!options.format || !(allFormats as readonly string[]).includes(options.format)) {
      throw new UsageError(`statements export needs --format ${allFormats.join('|')}`);
    }
    if (!options.out) throw new UsageError('statements export needs --out PATH');
  }
  await withCore(place, async (core) => {
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
          io.out([item.id, item.status.padEnd(17), (item.number ?? '-').padEnd(24), printable(item.title)].join('  '));
        }
      }
      return;
    }
    try {
      if (options.format === 'cap') {
        const xml = await capAlertXml(db, {
          statementId: id as string,
          params: capParamsSchema.parse({}),
          now: new Date(),
        });
        await writeFile(options.out as string, xml, 'utf8');
        io.out(`${options.out}: CAP 1.2 alert, ${Buffer.byteLength(xml)} bytes`);
        return;
      }
      if (options.format === 'site') {
        // A folder ready to upload to the office portal.
        const files = await sitePackage(db, id as string, new Date());
        for (const [name, data] of files) {
          const target = join(options.out as string, name);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, data);
        }
        io.out(`${options.out}: website package, ${files.size} files`);
        return;
      }
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
  });
}
