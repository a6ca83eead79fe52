/** Statement fixtures with no test-runner dependency (the bench uses them too). */
import type { Role } from '../src/shared/accounts/roles';
import type { Statement, StatementContentInput } from '../src/shared/ipc/statements';
import type { CoreOptions } from '../src/main/core/core';
import { accountWithRoles, openTestCore, setUpOffice, type TestCore } from './coreHarness';

/** A body as the editor would send it. */
export function body(...paragraphs: string[]) {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/** An office with one person per role, each signed in. */
export async function openStatementsTeam(dataDir: string, now?: () => Date, options: Partial<CoreOptions> = {}) {
  const test = await openTestCore(dataDir, now, options);
  const admin = await setUpOffice(test);
  const person = async (username: string, roles: Role[]) => accountWithRoles(test, admin, username, roles);
  const team = {
    admin,
    drafter: await person('penyusun', ['drafter']),
    drafter2: await person('penyusun2', ['drafter']),
    reviewer: await person('redaktur', ['reviewer']),
    reviewer2: await person('redaktur2', ['reviewer']),
    approver: await person('pimpinan', ['approver']),
    spokesperson: await person('jubir', ['spokesperson']),
    viewer: await person('tamu', ['viewer']),
  };
  return { test, team };
}

export type StatementsTeam = Awaited<ReturnType<typeof openStatementsTeam>>['team'];

/** The statement's content with the given fields changed, as a save input. */
export function edited(statement: Statement, changes: Partial<StatementContentInput>) {
  return {
    id: statement.id,
    baseRevisionId: statement.currentRevisionId,
    content: { ...statement.content, ...changes },
  };
}

/** A press release with all placeholders filled in, saved by `session`. */
export async function readyStatement(
  test: TestCore,
  session: string,
  title = 'Banjir di Kecamatan Mlati',
): Promise<Statement> {
  const created = await test.value(
    'statements.create',
    { kind: 'press_release', language: 'id', templateId: null },
    session,
  );
  return test.value(
    'statements.save',
    edited(created, {
      title,
      summary: 'Pemerintah menyalurkan bantuan kepada warga terdampak.',
      body: body(
        'Hujan deras sejak Senin malam menyebabkan banjir di tiga desa.',
        'Sebanyak 120 keluarga mengungsi ke balai desa. Bantuan logistik telah disalurkan.',
      ),
      datelinePlace: 'Sleman',
    }),
    session,
  );
}

/** Submits and takes a statement through every step of the default chain (reviewer, approver). */
export async function approveFully(test: TestCore, team: StatementsTeam, statement: Statement): Promise<Statement> {
  const submitted = await submit(test, team, statement);
  const reviewed = await test.value(
    'statements.approve',
    { id: submitted.id, revisionId: submitted.currentRevisionId, comment: '' },
    team.reviewer.sessionId,
  );
  return test.value(
    'statements.approve',
    { id: reviewed.id, revisionId: reviewed.currentRevisionId, comment: '' },
    team.approver.sessionId,
  );
}

/** The error code and reason of a failed call, for compact assertions. */
export function failure(result: { ok: boolean; error?: { code: string; details?: { reason?: string } } }) {
  return result.ok ? { code: 'OK' } : { code: result.error?.code, reason: result.error?.details?.reason };
}

/**
 * For a describe block: `open(now?)` gives a team on a fresh store in a temp dir; the core is
 * closed after each test.
 */

/** Submits a statement's current revision as the drafter. */
export function submit(test: TestCore, team: StatementsTeam, statement: Statement) {
  return test.value(
    'statements.submit',
    { id: statement.id, revisionId: statement.currentRevisionId },
    team.drafter.sessionId,
  );
}

/** Gives a team member an e-mail address, as the administrator does on the accounts page. */
export async function giveEmail(test: TestCore, team: StatementsTeam, member: keyof StatementsTeam, email: string) {
  const person = team[member];
  if (typeof person === 'string') throw new Error('the administrator is a session here');
  const { account } = person;
  await test.value(
    'accounts.update',
    {
      id: account.id,
      fullName: account.fullName,
      nip: account.nip,
      position: account.position,
      email,
      phone: account.phone,
      roles: account.roles,
    },
    team.admin,
  );
}
