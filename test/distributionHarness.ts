import { randomUUID } from 'node:crypto';
import type { CoreOptions } from '../src/main/core/core';
import type { MailSettingsInput } from '../src/shared/ipc/distribution';
import type { Statement } from '../src/shared/ipc/statements';
import type { TestCore } from './coreHarness';
import type { TestSmtpServer } from './smtpHarness';
import { approveFully, readyStatement, type StatementsTeam } from './statementsTeam';

/** Sender timings short enough for tests: retries after tens of milliseconds. */
export const fastSender: Partial<CoreOptions> = {
  distribution: {
    backoff: { baseMs: 40, maxMs: 200 },
    reconnectBackoff: { baseMs: 200, maxMs: 400 },
  },
};

export function mailSettings(
  smtp: Pick<TestSmtpServer, 'port'>,
  changes: Partial<MailSettingsInput> = {},
): MailSettingsInput {
  return {
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    username: '',
    fromName: 'Humas Diskominfo Sleman',
    fromAddress: 'humas@slemankab.go.id',
    replyTo: 'redaksi@slemankab.go.id',
    perMinute: null,
    perDay: null,
    retryHours: 24,
    ...changes,
  };
}

/** People from CSV lines (the header first) through the core's own import, as the desk does. */
export async function importCsv(test: TestCore, session: string, lines: string[]): Promise<void> {
  const csv = lines.join('\n');
  const opened = await test.value(
    'contacts.importOpen',
    { fileName: 'jurnalis.csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') },
    session,
  );
  await test.value(
    'contacts.importRun',
    {
      importId: opened.importId,
      mapping: opened.mapping,
      dryRun: false,
      duplicateAction: 'create',
      defaults: {
        lawfulBasis: 'public_task',
        dataSource: 'Kartu pers',
        collectedOn: '2026-11-01',
        outletType: 'online',
      },
    },
    session,
  );
}

/** `count` journalists with addresses jurnalis-N@media.test, all on one static list. */
export async function journalistList(test: TestCore, session: string, count: number, name = 'Wartawan Sleman') {
  const names = Array.from({ length: count }, (_, index) => `Jurnalis ${String(index + 1).padStart(4, '0')}`);
  // Through the real import: one transaction, so a thousand people take a second, not thirty.
  await importCsv(test, session, [
    'Nama,Email',
    ...names.map((full, index) => `${full},jurnalis-${index + 1}@media.test`),
  ]);
  const byName = new Map<string, string>();
  for (let offset = 0; byName.size < count; offset += 1000) {
    const page = await test.value('contacts.list', { query: '', limit: 1000, offset }, session);
    if (page.items.length === 0) break;
    for (const item of page.items) if (item.fullName.startsWith('Jurnalis ')) byName.set(item.fullName, item.id);
  }
  const contactIds = names.map((full) => byName.get(full)!);
  const list = await test.value('contacts.saveList', { name, kind: 'static', description: '' }, session);
  await test.value('contacts.addToList', { listId: list.id, contactIds }, session);
  return { listId: list.id, contactIds };
}

/** An approved press release, ready to distribute. */
export async function approvedStatement(test: TestCore, team: StatementsTeam, title?: string): Promise<Statement> {
  return approveFully(test, team, await readyStatement(test, team.drafter.sessionId, title));
}

/** Starts a distribution by e-mail to the given lists/people, as the drafter. */
export function distribute(
  test: TestCore,
  team: StatementsTeam,
  statement: Statement,
  audience: { listIds?: string[]; contactIds?: string[] },
  changes: { sendAt?: string | null; attachment?: 'none' | 'pdf' | 'docx'; requestId?: string } = {},
) {
  return test.call(
    'distribution.create',
    {
      requestId: changes.requestId ?? randomUUID(),
      statementId: statement.id,
      revisionId: statement.currentRevisionId,
      channels: ['email'],
      audience: { listIds: audience.listIds ?? [], contactIds: audience.contactIds ?? [] },
      attachment: changes.attachment ?? 'none',
      sendAt: changes.sendAt ?? null,
    },
    team.drafter.sessionId,
  );
}
