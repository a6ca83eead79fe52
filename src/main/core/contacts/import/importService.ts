import type { CoreDeps } from '../../kernel/coreDeps';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  importLimits,
  type ImportPreview,
  type ImportRowReport,
  type ImportReport,
  type RunImport,
} from '../../../../shared/ipc/contactImport';
import type { Actor } from '../../kernel/context';
import { CoreError } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { headerKey, mapHeaders, type ColumnMapping, type ImportField } from './headerMapping';
import { existingContactKeys, planImport, type ImportPlan } from './importPlan';
import { readAuditHead } from '../../db/auditChain';
import { erasedLookup } from '../erasureMarks';
import type { Language } from '../../../../shared/ipc/preferences';
import { importReportCsv } from './importReport';
import { clearReports, createRowReport, readRowReport, removeRowReport, type ReportTotals } from './reportFile';
import { join } from 'node:path';
import { rowsFromTable, type ImportRow } from './importRow';
import { sqliteImportRows, serverImportRows } from './importRows';
import { writeImportPlan } from './importWriter';
import { readImportFile, type ImportSource } from './readImportFile';

export type ImportServiceDeps = CoreDeps;

interface ImportSession {
  id: string;
  /** null when the command line opened it. */
  accountId: string | null;
  fileName: string;
  /** Dropped once a real import has written it (it cannot run twice); the report stays. */
  source: ImportSource | null;
  openedAt: number;
  running: { cancelled: boolean; writing: boolean } | null;
  /** The last run's row report, on disk (reportFile.ts). */
  lastReport: { file: string; dryRun: boolean } | null;
  /** The last dry run's decisions, written as they are if the import follows unchanged. */
  checked: CheckedImport | null;
}

/**
 * A dry run's outcome, kept for the import that follows it: the wizard always checks before it
 * imports, and the person imports what they reviewed — so that import writes this plan rather than
 * checking every row a second time (at 100,000 rows the check is as long as the writing). It holds
 * only while nothing changed: the same mapping and choices, and no write since the check began.
 * Every write is on the audit trail, so the trail's head is the test; a session's touch is not a
 * write and does not count.
 */
interface CheckedImport {
  choices: string;
  auditSeq: number;
  plan: ImportPlan;
  outcome: { totals: ReportTotals; rows: ImportRowReport[]; rowsOmitted: number };
}

/** The choices a check depends on, as one comparable text. */
const choicesOf = (input: RunImport) =>
  JSON.stringify([input.mapping, input.duplicateAction, input.rowActions, input.defaults]);

/** An opened file waits this long for its run (the wizard's mapping and duplicate steps). */
const sessionLifetimeMs = 60 * 60 * 1000;

/** Why a file cannot be opened: the reason the app translates, and the sentence the CLI prints. */
const readFailure: Record<string, { reason: string; message: string }> = {
  file_empty: { reason: 'importFileEmpty', message: 'the file is empty' },
  file_no_rows: { reason: 'importNoRows', message: 'the file has a header row but no data' },
  file_too_large: { reason: 'importTooLarge', message: 'the file is over 64 MB' },
  zip_too_large: { reason: 'importZipTooLarge', message: 'the XLSX is too large once unpacked (a zip bomb?)' },
  file_too_many_rows: {
    reason: 'importTooManyRows',
    message: `the file has more than ${importLimits.maxRows} rows; split it`,
  },
  file_too_many_columns: {
    reason: 'importTooManyColumns',
    message: `the file has more than ${importLimits.maxColumns} columns; it is probably not a contact list`,
  },
  file_cell_too_long: {
    reason: 'importCellTooLong',
    message: `a cell holds more than ${importLimits.maxCellChars} characters`,
  },
};

class ImportCancelled extends Error {}

/**
 * Contact import, in two calls: `open` reads the file and suggests a column mapping; `run` checks
 * every row, finds duplicates and — unless it is a dry run — writes everything in one transaction.
 * While rows are checked the run yields between batches, so progress events go out and a
 * `cancel` is heard; the writing that follows is one transaction, so a failure there rolls
 * everything back. Either way the store is left exactly as it was, or holds the whole import.
 */
export function createImportService(deps: ImportServiceDeps) {
  const { db } = deps.store.connection;
  const { sqlite } = deps.store.connection;
  const sessions = new Map<string, ImportSession>();
  // Row reports on disk, beside the store; those of an earlier run of the desk are gone with it.
  const reportFolder = join(deps.store.dataDir, 'imports');
  clearReports(reportFolder);

  function sessionFor(importId: string, actor: Actor): ImportSession {
    const session = sessions.get(importId);
    // Someone else's import is as good as unknown: its file may hold data this person may not see.
    if (!session || session.accountId !== actor.accountId) {
      throw new CoreError('NOT_FOUND', `No open import ${importId}`, { reason: 'importUnknown' });
    }
    return session;
  }

  function forgetStale(): void {
    const now = Date.now();
    for (const [id, session] of sessions) {
      if (!session.running && now - session.openedAt > sessionLifetimeMs) {
        if (session.lastReport) removeRowReport(session.lastReport.file);
        sessions.delete(id);
      }
    }
  }

  async function rememberedMappings(): Promise<Record<string, ImportField | null>> {
    const rows = await db.selectFrom('import_mapping').select(['header_key', 'field']).execute();
    return Object.fromEntries(rows.map((row) => [row.header_key, row.field as ImportField | null]));
  }

  function rowsOf(source: ImportSource, mapping: ColumnMapping): ImportRow[] {
    if (source.format === 'vcard') return source.cards;
    if (mapping.length !== source.header.length) {
      throw new CoreError('VALIDATION', 'The mapping must have one entry per column', { reason: 'importMapping' });
    }
    if (!mapping.includes('fullName')) {
      throw new CoreError('VALIDATION', 'No column is mapped to the name', { reason: 'importNoNameColumn' });
    }
    return rowsFromTable(source, mapping, source.format === 'csv');
  }

  return {
    async open(fileName: string, data: Buffer, actor: Actor): Promise<ImportPreview> {
      forgetStale();
      const read = await readImportFile(fileName, data);
      if (!read.ok) {
        const failure = readFailure[read.reason] ?? { reason: 'importUnreadable', message: 'not CSV, XLSX or vCard' };
        throw new CoreError('VALIDATION', `Cannot import ${fileName}: ${failure.message}`, {
          reason: failure.reason,
          // The limit passed, for the sentence that names it.
          maxRows: importLimits.maxRows,
          maxColumns: importLimits.maxColumns,
          maxCellChars: importLimits.maxCellChars,
        });
      }
      const { source } = read;
      const id = newId();
      sessions.set(id, {
        id,
        accountId: actor.accountId,
        fileName,
        source,
        openedAt: Date.now(),
        running: null,
        lastReport: null,
        checked: null,
      });
      const isTable = source.format !== 'vcard';
      return {
        importId: id,
        fileName,
        format: source.format,
        encoding: source.encoding,
        delimiter: source.delimiter,
        headers: isTable ? source.header : [],
        mapping: isTable ? mapHeaders(source.header, await rememberedMappings()) : [],
        sampleRows: isTable ? source.rows.slice(0, 5).map((row) => row.cells) : [],
        rowCount: isTable ? source.rows.length : source.cards.length,
      };
    },

    async run(input: RunImport, actor: Actor): Promise<ImportReport> {
      const session = sessionFor(input.importId, actor);
      if (session.running) throw new CoreError('CONFLICT', 'This import is already running', { reason: 'importBusy' });
      const { source } = session;
      if (!source) throw new CoreError('CONFLICT', 'This file was imported already', { reason: 'importDone' });
      const running = { cancelled: false, writing: false };
      session.running = running;
      const progress = (phase: 'checking' | 'writing', done: number, total: number) =>
        deps.events.emit('contacts.importProgress', { importId: session.id, phase, done, total });
      // Checking yields between batches so a cancel call is heard. Writing does not: it runs in one
      // transaction that holds the connection, and a cancel could not even pass sign-in checks
      // (they read the store) until it ends — so writing is short, atomic and past cancelling.
      const checking = (total: number) => async (done: number) => {
        progress('checking', done, total);
        await nextTurn();
        if (running.cancelled) throw new ImportCancelled();
      };
      const writing = (total: number) => async (done: number) => progress('writing', done, total);
      try {
        const choices = choicesOf(input);
        // Read before the check reads the store: a write during the check makes it stale too.
        const auditSeq = (await readAuditHead(db)).seq;
        const reviewed = session.checked;
        session.checked = null;
        let plan: ImportPlan;
        let checked: CheckedImport['outcome'];
        if (
          !input.dryRun &&
          reviewed &&
          reviewed.choices === choices &&
          reviewed.auditSeq === auditSeq &&
          session.lastReport
        ) {
          ({ plan, outcome: checked } = reviewed);
          // The dry run's report is this import's: same rows, same decisions.
          session.lastReport = { file: session.lastReport.file, dryRun: false };
          progress('checking', checked.totals.rows, checked.totals.rows);
        } else {
          const rows = rowsOf(source, input.mapping);
          if (session.lastReport) removeRowReport(session.lastReport.file);
          session.lastReport = null;
          const report = createRowReport(reportFolder, session.id);
          session.lastReport = { file: report.file, dryRun: input.dryRun };
          plan = await planImport(rows, await existingContactKeys(db), {
            defaults: input.defaults,
            duplicateAction: input.duplicateAction,
            rowActions: input.rowActions,
            erased: await erasedLookup(db),
            checkpoint: checking(rows.length),
            report: (row) => report.add(row),
          });
          checked = report.finish();
          if (input.dryRun) session.checked = { choices, auditSeq, plan, outcome: checked };
        }
        let outletsCreated = 0;
        if (!input.dryRun) {
          const total = plan.creates.size + plan.merges.size;
          running.writing = true;
          await deps.write(actor, async (w) => {
            const { trx, at } = w;
            // The embedded file takes prepared statements on its one connection; the office server
            // batched inserts through the transaction (importRows.ts).
            const sink = sqlite ? sqliteImportRows(sqlite) : await serverImportRows(trx);
            const written = await writeImportPlan(trx, sink, plan, {
              importId: session.id,
              actorId: actor.accountId,
              at,
              outletType: input.defaults.outletType,
              checkpoint: writing(total),
            });
            outletsCreated = written.outletsCreated;
            if (input.rememberMapping && source.format !== 'vcard') {
              for (const [index, header] of source.header.entries()) {
                const key = headerKey(header);
                if (!key) continue;
                await trx
                  .insertInto('import_mapping')
                  .values({ header_key: key, field: input.mapping[index] ?? null, updated_at: at })
                  .onConflict((conflict) =>
                    conflict.column('header_key').doUpdateSet({ field: input.mapping[index] ?? null, updated_at: at }),
                  )
                  .execute();
              }
            }
            await w.audit('contacts.imported', 'import', session.id, {
              format: source.format,
              ...outcomes(checked.totals),
              outletsCreated,
            });
            w.emit('contacts.changed', { contactId: null });
          });
        }
        // A finished real import cannot run again (it would import everything twice); a dry run can.
        if (!input.dryRun) session.source = null;
        return {
          importId: session.id,
          dryRun: input.dryRun,
          totals: { ...checked.totals, outletsCreated },
          rows: checked.rows,
          rowsOmitted: checked.rowsOmitted,
        };
      } catch (error) {
        if (error instanceof ImportCancelled) {
          // A cancelled check leaves no report behind either.
          if (session.lastReport) removeRowReport(session.lastReport.file);
          session.lastReport = null;
          throw new CoreError('CONFLICT', 'The import was cancelled; nothing was written', {
            reason: 'importCancelled',
          });
        }
        throw error;
      } finally {
        session.running = null;
      }
    },

    cancel(importId: string, actor: Actor): { cancelled: boolean } {
      const session = sessionFor(importId, actor);
      if (!session.running || session.running.writing) return { cancelled: false };
      session.running.cancelled = true;
      return { cancelled: true };
    },

    /** The last run's report, every row, as CSV. A finished import keeps it until the file is closed. */
    reportFile(importId: string, actor: Actor, language: Language = 'id'): { fileName: string; csv: string } {
      const session = sessions.get(importId);
      if (!session || session.accountId !== actor.accountId || !session.lastReport) {
        throw new CoreError('NOT_FOUND', `No report for import ${importId}`, { reason: 'importUnknown' });
      }
      const base = session.fileName.replace(/\.[^.]+$/, '');
      return {
        fileName: `${base}-${session.lastReport.dryRun ? 'uji-coba' : 'laporan'}-impor.csv`,
        csv: importReportCsv(readRowReport(session.lastReport.file), language),
      };
    },
  };
}

/** The counts the audit event keeps (the row count is the sum). */
function outcomes({ created, merged, skipped, failed }: ReportTotals) {
  return { created, merged, skipped, failed };
}

export type ImportService = ReturnType<typeof createImportService>;
