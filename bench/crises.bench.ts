import { embeddedSqlite } from '../src/main/core/db/store';
import { latenciesUs, openBenchOffice, medianMs, percentile, plainPdf, result, type BenchResult } from './measure';

const openCrises = 20;
const logEntries = 400;
/** Ids as the core makes them (UUIDs), so the contract accepts them. */
const id = (kind: number, index: number) => `00000000-0000-7000-${8000 + kind}-${String(index).padStart(12, '0')}`;

/** The home board over 20 open crises, and the evaluation report of a crisis with 400 log entries. */
export async function benchCrises(): Promise<BenchResult[]> {
  const office = await openBenchOffice('cr');
  const { core, sessionId, accountId } = office;
  try {
    const sqlite = embeddedSqlite(core.store);
    const insertCrisis = sqlite.prepare(
      `insert into crisis (id, title, type, severity, regions_json, description, first_signal_at, phase, status,
         lead_spokesperson_id, created_by, created_at, updated_at, closed_at)
       values (?, ?, 'natural_disaster', 2, '["34.04"]', '', ?, 'ongoing', 'open', null, ?, ?, ?, null)`,
    );
    const insertLog = sqlite.prepare(
      `insert into crisis_log (id, crisis_id, at, text, source, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    const lines: string[] = [];
    sqlite.transaction(() => {
      for (let c = 0; c < openCrises; c++) {
        const at = new Date(Date.UTC(2026, 10, 1) + c * 3_600_000).toISOString();
        insertCrisis.run(id(0, c), `Banjir ${c}`, at, accountId, at, at);
      }
      for (let i = 0; i < logEntries; i++) {
        const at = new Date(Date.UTC(2026, 10, 1) + i * 300_000).toISOString();
        const text = `BPBD melaporkan ${i + 10} KK mengungsi di titik ${i % 12}`;
        insertLog.run(id(1, i), id(0, 0), at, text, 'BPBD Kabupaten Sleman', accountId, at);
        lines.push(`${at}  Catatan  ${text}  BPBD Kabupaten Sleman`);
      }
    })();

    const out: BenchResult[] = [];
    const call = (channel: 'crises.board' | 'crises.report', input: Record<string, unknown>) =>
      core.call(channel, input as never, { clientId: 'bench', sessionId });
    const rawOpen = sqlite.prepare("select * from crisis where status = 'open' order by first_signal_at desc");
    const first = await call('crises.board', {});
    if (!first.ok) throw new Error(first.error.message);
    const board = await latenciesUs(100, () => call('crises.board', {}));
    const boardBase = await latenciesUs(100, async () => rawOpen.all());
    out.push(
      result(
        `crises.board over ${openCrises} open crises p50`,
        percentile(board, 50) / 1000,
        'ms',
        percentile(boardBase, 50) / 1000,
        'raw select of the open crises',
        { maxRatio: 10 },
      ),
    );
    const report = await medianMs(5, async () => {
      const file = await call('crises.report', { id: id(0, 0), format: 'pdf' });
      if (!file.ok) throw new Error(file.error.message);
    });
    const reportBase = await medianMs(5, () => plainPdf(lines.join('\n'), 10));
    out.push(
      result(
        `evaluation report PDF (3 charts, ${logEntries}-entry timeline)`,
        report,
        'ms',
        reportBase,
        'the timeline as one text() call with pdfkit',
      ),
    );
    await core.close();
    return out;
  } finally {
    office.remove();
  }
}
