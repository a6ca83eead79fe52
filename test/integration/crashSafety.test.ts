import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/core/db/auditChain';
import { openConnection } from '../../src/main/core/db/connection';
import { checkIntegrity } from '../../src/main/core/db/integrity';
import type { Ack, CrashTeam } from '../fixtures/crashChild';
import { journalistList, mailSettings } from '../distributionHarness';
import { startSmtpServer, type TestSmtpServer } from '../smtpHarness';
import { openStatementsTeam } from '../statementsHarness';
import { crashChildPath } from '../setup/testWorker';
import { useTempDirs } from '../tempDir';
import { tickingClock } from '../clock';

/**
 * SIGKILL at random moments while mixed writes run; after every kill the store must pass
 * integrity and foreign-key checks, its audit chain must be whole, and every write the core
 * acknowledged before the kill must be there. `npm run test:crash` runs 200 kills
 * (SIAGA_CRASH_KILLS); the default run in CI is sized to stay well under two minutes.
 */
const kills = Number(process.env.SIAGA_CRASH_KILLS ?? 20);

function runChild(dataDir: string, teamFile: string, now: Date, acks: Ack[]) {
  const child = spawn(process.execPath, [crashChildPath, dataDir, teamFile, now.toISOString()], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        else if (line.startsWith('ack ')) acks.push(JSON.parse(line.slice(4)) as Ack);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`crash child exited with ${code} before it was ready: ${stderr}`)));
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr })),
  );
  return { child, ready, exited };
}

/** What is wrong with the store after a kill (empty: nothing). */
async function problemsAfterKill(file: string, acks: readonly Ack[]): Promise<string[]> {
  // Opened read-write, as the next start of the app opens it (SQLite recovers the WAL).
  const connection = openConnection(file, { mustExist: true });
  try {
    const problems: string[] = [];
    const integrity = checkIntegrity(connection.sqlite);
    if (!integrity.ok)
      problems.push(`integrity: ${integrity.integrity.join('; ')} fk: ${integrity.foreignKeyViolations.length}`);
    const chain = await verifyAuditChain(connection.db);
    if (!chain.ok) problems.push(`audit chain: ${chain.problem ?? ''} at ${chain.firstBadSeq ?? '?'}`);
    const unsent = connection.sqlite
      .prepare(`select count(*) from outbox where status = 'sent' and (sent_at is null or message_id = '')`)
      .pluck()
      .get() as number;
    if (unsent > 0) problems.push(`${unsent} outbox rows marked sent without a time or Message-ID`);
    const has = (sql: string, ...params: unknown[]) =>
      (connection.sqlite
        .prepare(sql)
        .pluck()
        .get(...params) as number) > 0;
    for (const entry of acks) {
      const present =
        entry.kind === 'contact'
          ? has('select count(*) from contact where id = ?', entry.id)
          : entry.kind === 'revision'
            ? has(
                'select count(*) from statement_revision where id = ? and statement_id = ?',
                entry.revisionId,
                entry.statementId,
              )
            : entry.kind === 'approval'
              ? has(
                  `select count(*) from statement_approval where statement_id = ? and revision_id = ? and role = ? and outcome = 'approved'`,
                  entry.statementId,
                  entry.revisionId,
                  entry.accountRole,
                )
              : entry.kind === 'import'
                ? (connection.sqlite
                    .prepare('select count(*) from contact where data_source = ?')
                    .pluck()
                    .get(entry.source) as number) === entry.rows
                : has('select count(*) from distribution where id = ?', entry.id);
      if (!present) problems.push(`acknowledged but missing: ${JSON.stringify(entry)}`);
    }
    return problems;
  } finally {
    await connection.close();
  }
}

describe('crash safety', () => {
  const tempDir = useTempDirs();
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => smtp?.close());

  it(
    `keeps every acknowledged write, the integrity and the audit chain through ${kills} SIGKILLs`,
    { timeout: 60_000 + kills * 8_000 },
    async () => {
      smtp = await startSmtpServer({ parse: false });
      const dataDir = tempDir();
      // One test clock for the parent and every child (each continues it), so sessions stay fresh.
      const now = tickingClock();
      const { test, team } = await openStatementsTeam(dataDir, now, { distribution: { autoStart: false } });
      await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
      const { listId } = await journalistList(test, team.drafter.sessionId, 5);
      await test.core.close();
      const teamFile = join(tempDir(), 'team.json');
      const crashTeam: CrashTeam = {
        drafter: team.drafter.sessionId,
        reviewer: team.reviewer.sessionId,
        approver: team.approver.sessionId,
        listId,
      };
      writeFileSync(teamFile, JSON.stringify(crashTeam));
      const file = join(dataDir, 'siaga.sqlite');

      const acks: Ack[] = [];
      const failures: string[] = [];
      const started = Date.now();
      for (let kill = 1; kill <= kills; kill++) {
        const run = runChild(dataDir, teamFile, now(), acks);
        await run.ready;
        // A random moment: sometimes at once (opening, recovering the outbox), mostly mid-write,
        // long enough now and then for the sender to claim and send (and be killed mid-send).
        // (The sender's first message in a fresh process takes a second or so: it builds the mail.)
        const dice = Math.random();
        const lifetime =
          dice < 0.15 ? Math.random() * 10 : dice < 0.8 ? 20 + Math.random() * 800 : 1500 + Math.random() * 2500;
        await new Promise((resolve) => setTimeout(resolve, lifetime));
        run.child.kill('SIGKILL');
        const { code, stderr } = await run.exited;
        if (code !== null) failures.push(`kill ${kill}: the child had already exited with ${code}: ${stderr}`);
        for (const problem of await problemsAfterKill(file, acks)) failures.push(`kill ${kill}: ${problem}`);
      }
      const seconds = (Date.now() - started) / 1000;
      const count = (kind: Ack['kind']) => acks.filter((entry) => entry.kind === kind).length;
      console.log(
        `crash test: ${kills} kills in ${seconds.toFixed(1)} s; ${acks.length} acknowledged writes checked after every kill ` +
          `(${count('contact')} contacts, ${count('revision')} revisions, ${count('approval')} approvals, ` +
          `${count('import')} imports, ${count('distribution')} distribution jobs; ${smtp.received.length} messages sent); ` +
          `failures found: ${failures.length}`,
      );
      expect(failures).toEqual([]);
      expect(acks.length).toBeGreaterThan(kills);
    },
  );
});
