import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../src/main/core/db/schema';
import { canonicalContent } from '../src/main/core/statements/contentHash';
import { demoContactsCsv } from '../src/main/demo/seedContacts';
import { docToPlainText } from '../src/shared/statements/plainText';
import { statementStatuses } from '../src/shared/statements/workflow';
import { createTestDatabase } from '../test/postgres/adminClient';
import { startThrowawayPostgres } from '../test/postgres/throwawayServer';
import { importCsv } from '../test/distributionHarness';
import { approveFully, openStatementsTeam, readyStatement } from '../test/statementsTeam';
import { openTestCore, setUpOffice } from '../test/coreHarness';
import { contactInput } from '../test/contactsHarness';
import { latenciesUs, percentile, result, type BenchResult, type Goal } from './measure';
import { content } from './statements.bench';
import { outboxDesks } from './outboxDesks';

const contactCount = 100_000;
const statementCount = 20_000;
const approvals = 30;

interface Figure {
  metric: string;
  unit: string;
  value: number;
  /** A bound that holds on either store (the bench's goals, see README). */
  goal?: Goal;
}

/**
 * The store-sensitive figures on both stores, side by side: each measured on the office server
 * (a throwaway PostgreSQL on this machine, over TCP on 127.0.0.1) beside the same work on the
 * embedded file in the same run. The ratio is what a desk pays for sharing one store.
 */
export async function benchStores(): Promise<BenchResult[]> {
  const server = await startThrowawayPostgres();
  try {
    const onFile = await measureStore(undefined);
    const onServer = await measureStore((await createTestDatabase(server.adminUrl, 'siaga_bench')).url);
    return [
      ...onServer.map((figure, index) =>
        result(
          `${figure.metric}, office server`,
          figure.value,
          figure.unit,
          onFile[index]!.value,
          'the same on the embedded file',
          figure.goal,
        ),
      ),
      ...(await deskToDesk((await createTestDatabase(server.adminUrl, 'siaga_bench')).url)),
      ...(await outboxDesks(server.adminUrl)),
    ];
  } finally {
    await server.stop();
  }
}

async function measureStore(databaseUrl: string | undefined): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'siaga-bench-stores-'));
  const figures: Figure[] = [];
  const { test, team } = await openStatementsTeam(dataDir, () => new Date(), {
    ...(databaseUrl ? { databaseUrl } : {}),
    distribution: { autoStart: false },
  });
  try {
    const session = team.reviewer.sessionId;
    const p50 = async (metric: string, call: () => Promise<unknown>, runs = 100) => {
      await latenciesUs(10, call);
      const times = await latenciesUs(runs, call);
      figures.push({ metric: `${metric} p50`, unit: 'ms', value: percentile(times, 50) / 1000 });
    };
    /** p95, for a figure whose goal is a p95 (it holds on both stores). */
    const p95 = async (metric: string, call: () => Promise<unknown>, goal: Goal, runs = 100) => {
      await latenciesUs(10, call);
      const times = await latenciesUs(runs, call);
      figures.push({ metric: `${metric} p95`, unit: 'ms', value: percentile(times, 95) / 1000, goal });
    };

    const start = performance.now();
    await importCsv(test, session, demoContactsCsv(contactCount).split('\n'));
    figures.push({
      metric: `contacts import of ${contactCount} CSV rows`,
      unit: 's',
      value: (performance.now() - start) / 1000,
    });
    await p50(`contacts search "santoso kompas" over ${contactCount}`, () =>
      test.value('contacts.list', { query: 'santoso kompas', sort: 'relevance' }, session),
    );
    await p50(`contacts list page (first 100 of ${contactCount})`, () =>
      test.value('contacts.list', { limit: 100 }, session),
    );
    await p50('contacts list page at offset 50,000', () =>
      test.value('contacts.list', { limit: 100, offset: 50_000 }, session),
    );
    await p95(
      `contacts list page (first 100 of ${contactCount})`,
      () => test.value('contacts.list', { limit: 100 }, session),
      { max: 3 },
    );
    await p95(
      'segment "health beat in Jawa Barat", first page',
      () => test.value('contacts.list', { beats: ['health'], regions: ['32'], limit: 100 }, session),
      { max: 15 },
    );

    await loadStatements(test.core.store.connection.db, team.drafter.account.id);
    await p50(`statements.list, first page of ${statementCount}`, () => test.value('statements.list', {}, session));
    await p50(`statements.list, full-text "banjir posko" over ${statementCount}`, () =>
      test.value('statements.list', { query: 'banjir posko', sort: 'relevance' }, session),
    );
    await p50(`statements.list, status filter + search over ${statementCount}`, () =>
      test.value('statements.list', { query: 'jembatan', statuses: ['approved', 'released'] }, session),
    );
    await p50('crises.board, no open crisis', () => test.value('crises.board', {}, session));

    // One approval round trip: submitted, approved by the editor, finally approved and numbered.
    const times: number[] = [];
    for (let index = 0; index < approvals; index += 1) {
      const ready = await readyStatement(test, team.drafter.sessionId, `Banjir ${index}`);
      const began = performance.now();
      await approveFully(test, team, ready);
      times.push(performance.now() - began);
    }
    figures.push({
      metric: 'approval round trip (submit, review, final approval with its number) p50',
      unit: 'ms',
      value: percentile(times, 50),
    });
    return figures;
  } finally {
    await test.core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 20,000 statements with one revision and their search rows, straight into the tables (either engine). */
async function loadStatements(db: Kysely<Database>, authorId: string): Promise<void> {
  const batch = 500;
  await db.transaction().execute(async (trx) => {
    for (let first = 0; first < statementCount; first += batch) {
      const rows = Array.from({ length: Math.min(batch, statementCount - first) }, (_, offset) => {
        const i = first + offset;
        const c = content(i);
        const { json, hash } = canonicalContent(c);
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        return {
          c,
          json,
          hash,
          at,
          id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
          revisionId: `00000000-0000-7000-9000-${String(i).padStart(12, '0')}`,
          number: i % 3 === 0 ? `${i}/SP/HUMAS/XI/2026` : null,
          status: statementStatuses[i % statementStatuses.length]!,
        };
      });
      await trx
        .insertInto('statement')
        .values(
          rows.map((row) => ({
            id: row.id,
            number: row.number,
            kind: row.c.kind,
            language: 'id',
            status: row.status,
            title: row.c.title,
            summary: row.c.summary,
            tags_json: JSON.stringify(row.c.tags),
            author_id: authorId,
            current_revision_id: row.revisionId,
            revision_no: 1,
            chain_json: '[]',
            created_at: row.at,
            updated_at: row.at,
          })),
        )
        .execute();
      await trx
        .insertInto('statement_revision')
        .values(
          rows.map((row) => ({
            id: row.revisionId,
            statement_id: row.id,
            revision_no: 1,
            author_id: authorId,
            content_json: row.json,
            hash: row.hash,
            created_at: row.at,
          })),
        )
        .execute();
      await trx
        .insertInto('statement_fts')
        .values(
          rows.map((row) => ({
            statement_id: row.id,
            number: row.number ?? '',
            title: row.c.title,
            summary: row.c.summary,
            body: docToPlainText(row.c.body),
            tags: row.c.tags.join(' '),
          })),
        )
        .execute();
    }
  });
}

/**
 * Desk to desk: a contact saved on desk A, until desk B's core emits the change (LISTEN/NOTIFY
 * through the server), beside the save itself on desk A (the call until its answer).
 */
async function deskToDesk(databaseUrl: string): Promise<BenchResult[]> {
  const dirs = [mkdtempSync(join(tmpdir(), 'siaga-bench-desk-a-')), mkdtempSync(join(tmpdir(), 'siaga-bench-desk-b-'))];
  const options = { databaseUrl, distribution: { autoStart: false } };
  const deskA = await openTestCore(dirs[0]!, () => new Date(), options);
  const deskB = await openTestCore(dirs[1]!, () => new Date(), options);
  try {
    const admin = await setUpOffice(deskA);
    const arrivals = new Map<string, number>();
    deskB.core.onEvent(({ event, payload }) => {
      const id = event === 'contacts.changed' ? (payload as { contactId: string | null }).contactId : null;
      if (id) arrivals.set(id, performance.now());
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const relay: number[] = [];
    const save: number[] = [];
    for (let index = 0; index < 200; index += 1) {
      const began = performance.now();
      const contact = await deskA.value('contacts.create', contactInput(`Wartawan ${index}`), admin);
      save.push(performance.now() - began);
      while (!arrivals.has(contact.id)) await new Promise((resolve) => setTimeout(resolve, 1));
      relay.push(arrivals.get(contact.id)! - began);
    }
    const label = 'the save on desk A (call to answer)';
    return [
      result(
        'desk-to-desk change (saved on A, emitted on B) p50',
        percentile(relay, 50),
        'ms',
        percentile(save, 50),
        label,
      ),
      result(
        'desk-to-desk change (saved on A, emitted on B) p95',
        percentile(relay, 95),
        'ms',
        percentile(save, 95),
        label,
      ),
    ];
  } finally {
    await deskA.core.close();
    await deskB.core.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
