import type { Kysely } from 'kysely';
import type { WriteScope } from '../kernel/writeScope';
import type { Database } from '../db/schema';
import { reusableQuery } from '../db/reusableQuery';
import { joinedText } from '../db/portableSql';
import type { Role } from '../../../shared/accounts/roles';
import { defaultOfficeSettings } from '../../../shared/ipc/office';
import type { CoreDeps } from '../kernel/coreDeps';
import { createHash, randomBytes } from 'node:crypto';
import type { LoginResult, Presence, SessionAccount } from '../../../shared/ipc/accounts';
import type { SessionActor } from '../kernel/context';
import { CoreError } from '../kernel/errors';
import { readAccount, findAccountRow } from './accountRepository';
import { decoyHash, verifyPassword } from './passwords';
import { forgiveAttempts, maxFailedAttempts, recordWrongPassword, takeAttemptPlace } from './passwordAttempts';

/** last_seen_at is written at most this often, so an active session does not write on every call. */
const touchIntervalMs = 30_000;

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

interface SecuritySettings {
  lockoutMinutes: number;
  idleLockMinutes: number;
}

/**
 * Sessions read the office's lockout and idle-lock periods through `security` (the office domain
 * builds on accounts, so accounts does not reach back into it).
 */
export interface SessionDeps extends CoreDeps {
  /** From the office profile; defaults before an office exists. */
  security: () => Promise<SecuritySettings>;
  /** This desk's name (the computer's), recorded on its sessions for presence. */
  deskName: string;
}

const loginFailed = () =>
  new CoreError('UNAUTHENTICATED', 'Wrong username or password, or the account is locked or inactive', {
    reason: 'loginFailed',
    maxAttempts: maxFailedAttempts,
  });

/** Opens a session for an account within the caller's write; returns the secret id once. */
export async function openSession(w: WriteScope, accountId: string, clientId: string, desk: string): Promise<string> {
  const { trx, at } = w;
  const sessionId = randomBytes(32).toString('base64url');
  await trx
    .insertInto('session')
    .values({
      id_hash: hashSessionId(sessionId),
      account_id: accountId,
      client_id: clientId,
      created_at: at,
      last_seen_at: at,
      ended_at: null,
      desk,
    })
    .execute();
  await w.audit('account.login', 'account', accountId, { client: clientId.split(':')[0] }, accountId);
  return sessionId;
}

/** The signed-in person as the renderer shows them, with the idle-lock period that applies. */
export async function sessionAccount(deps: SessionDeps, accountId: string): Promise<SessionAccount> {
  const account = await readAccount(deps.store.connection.db, accountId);
  if (!account) throw loginFailed();
  return { ...account, idleLockMinutes: (await deps.security()).idleLockMinutes };
}

/**
 * Checks a password and opens a session.
 *
 * Every failure answers the same `loginFailed`, whatever the cause — no such account, a wrong
 * password, a deactivated account, a locked one — so that nobody without the right password learns
 * which names exist or what state they are in; the sentence shown names the lock as one possible
 * cause. Each attempt is counted before its password is checked (passwordAttempts.ts), and an
 * account that is locked or out of places has no password checked at all. A decoy check keeps
 * every failure about as slow as a real one.
 */
export async function login(
  deps: SessionDeps,
  username: string,
  password: string,
  clientId: string,
): Promise<LoginResult> {
  const row = await findAccountRow(deps.store.connection.db, { username });
  if (!row || row.active !== 1) {
    await verifyPassword(password, await decoyHash());
    throw loginFailed();
  }
  const place = await takeAttemptPlace(deps, row.id);
  if (place.kind === 'refused') {
    await verifyPassword(password, await decoyHash());
    throw loginFailed();
  }
  if (!(await verifyPassword(password, row.password_hash))) {
    await recordWrongPassword(deps, row.id, place.attempts);
    throw loginFailed();
  }
  const sessionId = await deps.write({ accountId: row.id }, async (w) => {
    await forgiveAttempts(w, row.id);
    return openSession(w, row.id, clientId, deps.deskName);
  });
  return { sessionId, account: await sessionAccount(deps, row.id) };
}

export async function logout(w: WriteScope<SessionActor>): Promise<void> {
  await w.trx
    .updateTable('session')
    .set({ ended_at: w.at })
    .where('id_hash', '=', hashSessionId(w.actor.sessionId))
    .execute();
  await w.audit('account.logout', 'account', w.actor.accountId);
}

/**
 * The session, its person, their roles and the office's idle lock, in one read: every call passes through
 * here, so the query is built once per store (reusableQuery.ts) rather than by the builder each
 * time. An office not set up yet has no row; the default idle lock applies then.
 */
const sessionQuery = reusableQuery((db: Kysely<Database>, slot: (name: 'idHash') => string) =>
  db
    .selectFrom('session')
    .innerJoin('account', 'account.id', 'session.account_id')
    .select([
      'session.ended_at',
      'session.last_seen_at',
      'account.id',
      'account.username',
      'account.full_name',
      'account.active',
    ])
    .select((eb) => [
      eb.selectFrom('office').select('idle_lock_minutes').limit(1).as('idle_lock_minutes'),
      eb
        .selectFrom('account_role')
        .select(joinedText(db, 'account_role.role', ',').as('roles'))
        .whereRef('account_role.account_id', '=', 'account.id')
        .as('roles'),
    ])
    .where('session.id_hash', '=', slot('idHash')),
);

/**
 * The actor behind a session id, or why there is none. A session idle longer than the
 * office's idle-lock period is over (derived from last_seen_at; nothing is written for it).
 */
export async function resolveSession(
  deps: SessionDeps,
  sessionId: string,
): Promise<SessionActor | { reason: 'sessionExpired' | 'signInRequired' }> {
  const { db } = deps.store.connection;
  const idHash = hashSessionId(sessionId);
  const [session] = await sessionQuery(db, { idHash });
  // A session always has its account (a foreign key); no row is no session.
  if (!session) return { reason: 'signInRequired' };
  if (session.ended_at !== null) return { reason: 'sessionExpired' };
  const now = deps.now();
  const idleLockMinutes = session.idle_lock_minutes ?? defaultOfficeSettings.security.idleLockMinutes;
  if (now.getTime() - Date.parse(session.last_seen_at) > idleLockMinutes * 60_000) return { reason: 'sessionExpired' };
  if (session.active !== 1) return { reason: 'sessionExpired' };
  if (now.getTime() - Date.parse(session.last_seen_at) > touchIntervalMs) {
    // A touch, not a change of record: no audit event, no transaction of its own.
    await db.updateTable('session').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  }
  return {
    accountId: session.id,
    username: session.username,
    fullName: session.full_name,
    // Neither store promises the order of an aggregate: sorted here, as a role list always is.
    roles: (session.roles ? (session.roles.split(',') as Role[]) : []).sort(),
    sessionId,
  };
}

/**
 * Who is signed in now, and at which desks: sessions not ended and not idle past the office's
 * idle lock. One entry per person, the desks they use, and when they were last active.
 */
export async function presence(deps: SessionDeps): Promise<Presence> {
  const { idleLockMinutes } = await deps.security();
  const since = new Date(deps.now().getTime() - idleLockMinutes * 60_000).toISOString();
  const rows = await deps.store.connection.db
    .selectFrom('session')
    .innerJoin('account', 'account.id', 'session.account_id')
    .select(['account.id', 'account.full_name', 'session.desk', 'session.last_seen_at'])
    .where('session.ended_at', 'is', null)
    .where('session.last_seen_at', '>', since)
    .where('account.active', '=', 1)
    .orderBy('account.full_name')
    .execute();
  const people = new Map<string, Presence[number]>();
  for (const row of rows) {
    const person = people.get(row.id) ?? {
      accountId: row.id,
      fullName: row.full_name,
      desks: [],
      lastSeenAt: row.last_seen_at,
    };
    if (row.desk && !person.desks.includes(row.desk)) person.desks.push(row.desk);
    if (row.last_seen_at > person.lastSeenAt) person.lastSeenAt = row.last_seen_at;
    people.set(row.id, person);
  }
  return [...people.values()];
}
