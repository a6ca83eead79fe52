import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { appendAudit, verifyAuditChain } from '../src/main/core/db/auditChain';
import { copyEmbedded, takeBackup } from '../src/main/core/backups/backupSet';
import { checkRestoreCandidate } from '../src/main/core/backups/restore';
import { sha256OfFile } from '../src/main/core/db/backup';
import { applyPragmas } from '../src/main/core/db/pragmas';
import { openStore, embeddedSqlite } from '../src/main/core/db/store';
import { transact } from '../src/main/core/db/transaction';
import { conferenceInput } from '../test/conferencesHarness';
import { medianMs, openBenchOffice, result, type BenchResult } from './measure';

const conferenceCount = 2_000;
const auditRows = 200_000;

/**
 * The safety figures on a store with 200,000 audit events and 2,000 conferences: the quick check
 * every open now runs, a verified backup with its manifest, the checks a restore makes (audit
 * chain included), and the two lists that grow with the years (conferences by month, the audit
 * trail's first page).
 */
export async function benchSafety(): Promise<BenchResult[]> {
  const office = await openBenchOffice('safety');
  const backups = mkdtempSync(join(tmpdir(), 'siaga-bench-backups-'));
  try {
    const { core, sessionId } = office;
    const call = async (channel: string, input: unknown) => {
      const answer = await core.call(channel, input, { clientId: 'bench:1', sessionId });
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
      return answer.value;
    };
    const spokesperson = (await call('accounts.create', {
      username: 'jubir',
      fullName: 'Juru Bicara',
      nip: '',
      position: '',
      email: '',
      phone: '',
      password: 'Pengguna-2026',
      roles: ['spokesperson'],
    })) as { id: string };
    const login = (await call('accounts.login', { username: 'jubir', password: 'Pengguna-2026' })) as {
      sessionId: string;
    };
    const team = { spokesperson: { account: spokesperson } };
    // Two years of conferences, one every eight hours, through the contract as the desk saves them.
    const start = Date.parse('2025-01-01T02:00:00.000Z');
    for (let i = 0; i < conferenceCount; i++) {
      const startsAt = new Date(start + i * 8 * 3_600_000);
      const saved = await core.call(
        'conferences.save',
        {
          id: null,
          conference: conferenceInput(team, {
            title: `Konferensi pers ${i}`,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          }),
        },
        { clientId: 'bench:1', sessionId: login.sessionId },
      );
      if (!saved.ok) throw new Error(saved.error.message);
    }
    // The rest of 200,000 audit events, chained one by one as the services append them.
    const db = core.store.connection.db;
    const existing = (
      await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n;
    for (let done = Number(existing ?? 0); done < auditRows;) {
      const batch = Math.min(10_000, auditRows - done);
      await transact(db, async ({ trx }) => {
        for (let i = 0; i < batch; i++) {
          await appendAudit(
            trx,
            {
              actorId: office.accountId,
              action: 'contact.updated',
              entityType: 'contact',
              entityId: `bench-${done + i}`,
              data: { fields: ['phone'], note: 'Nomor diperbarui' },
            },
            new Date(start + (done + i) * 60_000).toISOString(),
          );
        }
      });
      done += batch;
    }
    const out: BenchResult[] = [];

    const month = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    const list = await medianMs(20, () => call('conferences.list', month));
    const rawList = await medianMs(20, () =>
      embeddedSqlite(core.store)
        .prepare('select * from conference where starts_at >= ? and starts_at < ? order by starts_at')
        .all(month.from, month.to),
    );
    out.push(
      result(`conferences.list, one month of ${conferenceCount}`, list, 'ms', rawList, 'raw select of the month'),
    );

    const auditPage = await medianMs(20, () => call('audit.list', { limit: 100 }));
    const rawPage = await medianMs(20, () =>
      embeddedSqlite(core.store).prepare('select * from audit_log order by seq desc limit 100').all(),
    );
    out.push(
      result(`audit.list first page, ${auditRows / 1000}k events`, auditPage, 'ms', rawPage, 'raw select of 100'),
    );

    const chain = await medianMs(3, () => verifyAuditChain(db));
    const rawRead = await medianMs(3, () => embeddedSqlite(core.store).prepare('select * from audit_log').all());
    out.push(
      result(`audit chain verify, ${auditRows / 1000}k events`, chain, 'ms', rawRead, 'raw read of every event'),
    );

    let n = 0;
    const backup = await medianMs(3, () =>
      takeBackup(copyEmbedded(embeddedSqlite(core.store)), join(backups, `b${n++}`), 'bench', new Date()),
    );
    let m = 0;
    const rawBackup = await medianMs(3, () => embeddedSqlite(core.store).backup(join(backups, `raw-${m++}.sqlite`)));
    out.push(result('backup: copy, verify, manifest', backup, 'ms', rawBackup, 'raw better-sqlite3 online backup'));

    const taken = await takeBackup(
      copyEmbedded(embeddedSqlite(core.store)),
      join(backups, 'restore'),
      'bench',
      new Date(),
    );
    const file = join(backups, 'restore', taken.file);
    const check = await medianMs(3, () => checkRestoreCandidate(file));
    const hash = await medianMs(3, () => sha256OfFile(file));
    out.push(
      result(
        'restore check: SHA-256, integrity, foreign keys, audit chain',
        check,
        'ms',
        hash,
        'SHA-256 of the file alone',
      ),
    );

    await core.close();
    const open = await medianMs(5, async () => (await openStore({ dataDir: office.dataDir })).close());
    const rawOpen = await medianMs(5, () => {
      const sqlite = new BetterSqlite3(join(office.dataDir, 'siaga.sqlite'));
      applyPragmas(sqlite);
      sqlite.close();
    });
    out.push(
      result(
        `store open with quick_check, ${auditRows / 1000}k events`,
        open,
        'ms',
        rawOpen,
        'raw better-sqlite3 open + pragmas',
      ),
    );
    return out;
  } finally {
    await office.core.close().catch(() => undefined);
    office.remove();
    rmSync(backups, { recursive: true, force: true });
  }
}
