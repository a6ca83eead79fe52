import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { approvedStatement, distribute, journalistList, mailSettings } from '../distributionHarness';
import { startSmtpServer, type TestSmtpServer } from '../smtpHarness';
import { openStatementsTeam } from '../statementsHarness';
import { useTempDirs } from '../tempDir';
import { startOutboxChild } from '../outboxChildProcess';
import { tickingClock } from '../clock';

const recipients = 1000;
const kills = 12;

function inFlight(file: string): { address: string; message_id: string }[] {
  const db = new BetterSqlite3(file);
  try {
    return db.prepare(`select address, message_id from outbox where status = 'sending'`).all() as {
      address: string;
      message_id: string;
    }[];
  } finally {
    db.close();
  }
}

describe('the outbox survives SIGKILL at any moment', () => {
  const tempDir = useTempDirs();
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => smtp?.close());

  it(`sends each of ${recipients} recipients exactly once in the record, whatever the kills`, async () => {
    smtp = await startSmtpServer({ parse: false });
    const dataDir = tempDir();
    // The job is created by a core whose sender never runs: only the child sends.
    // The children continue this test clock, so the job and its retries read one calendar.
    const now = tickingClock();
    const { test, team } = await openStatementsTeam(dataDir, now, { distribution: { autoStart: false } });
    await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
    const { listId } = await journalistList(test, team.drafter.sessionId, recipients);
    const statement = await approvedStatement(test, team);
    const created = await distribute(test, team, statement, { listIds: [listId] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await test.core.close();
    const file = join(dataDir, 'siaga.sqlite');

    const flying = new Map<string, string>();
    let killed = 0;
    let withInFlight = 0;
    while (killed < kills) {
      const run = startOutboxChild(dataDir, now());
      await run.ready;
      const before = smtp.received.length;
      // Wait for some sending, then kill at a random moment within it.
      const deadline = Date.now() + 5000;
      while (smtp.received.length < before + 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
      run.child.kill('SIGKILL');
      await run.exited;
      killed++;
      const rows = inFlight(file);
      if (rows.length > 0) withInFlight++;
      for (const row of rows) flying.set(row.address, row.message_id);
      if (smtp.received.length >= recipients) break;
    }
    // The last run is left alone until the job completes.
    const last = startOutboxChild(dataDir, now());
    expect(await last.exited).toBe(0);

    const db = new BetterSqlite3(file, { readonly: true });
    const rows = db.prepare(`select address, status, message_id from outbox`).all() as {
      address: string;
      status: string;
      message_id: string;
    }[];
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    expect(integrity).toBe('ok');
    expect(rows).toHaveLength(recipients);
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(recipients);

    const byAddress = new Map<string, string[]>();
    for (const message of smtp.received) {
      for (const address of message.to)
        byAddress.set(address, [...(byAddress.get(address) ?? []), message.messageId ?? '']);
    }
    const expected = new Map(rows.map((row) => [row.address, row.message_id]));
    for (const [address, messageId] of expected) {
      const copies = byAddress.get(address) ?? [];
      expect(copies.length, address).toBeGreaterThanOrEqual(1);
      for (const copy of copies) expect(copy).toBe(messageId);
      // Only a message in flight at a kill may arrive twice.
      if (copies.length > 1) expect(flying.has(address), `${address} arrived twice`).toBe(true);
    }
    const duplicates = [...byAddress.values()].filter((copies) => copies.length > 1).length;
    console.log(
      `outbox crash test: ${killed} kills (${withInFlight} with messages in flight), ${smtp.received.length} messages received for ${recipients} recipients, ${duplicates} duplicates, all in flight at a kill`,
    );
    expect(killed).toBeGreaterThanOrEqual(10);
  }, 180_000);
});
