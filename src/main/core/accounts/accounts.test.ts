import { describe, expect, it } from 'vitest';
import {
  accountWithRoles,
  adminPassword,
  openTestCore,
  setUpOffice,
  userPassword,
  type TestCore,
} from '../../../../test/coreHarness';
import { useTempDirs } from '../../../../test/tempDir';

async function auditCount(test: TestCore): Promise<number> {
  const row = await test.core.store.connection.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const issueKeys = (result: {
  ok: boolean;
  error?: { details?: { issues?: { path: (string | number)[]; message: string }[] } };
}) => (result.error?.details?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);

describe('accounts', () => {
  const tempDir = useTempDirs();

  it('stores passwords as salted scrypt hashes, never in clear', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      await accountWithRoles(test, admin, 'staf', ['drafter']);
      await accountWithRoles(test, admin, 'staf2', ['drafter']);
      const rows = await test.core.store.connection.db
        .selectFrom('account')
        .select(['username', 'password_hash'])
        .execute();
      for (const row of rows) {
        expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
        expect(row.password_hash).not.toContain(userPassword);
      }
      const [a, b] = rows.filter((row) => row.username.startsWith('staf'));
      expect(a?.password_hash).not.toBe(b?.password_hash);
    } finally {
      await test.core.close();
    }
  });

  it('a duplicate username is CONFLICT on the username field, and writes nothing', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const before = await auditCount(test);
      const result = await test.call(
        'accounts.create',
        {
          username: 'ADMIN',
          fullName: 'X',
          nip: '',
          position: '',
          email: '',
          phone: '',
          password: userPassword,
          roles: ['viewer'],
        },
        admin,
      );
      expect(result.ok ? 'ok' : result.error.code).toBe('CONFLICT');
      expect(issueKeys(result)).toEqual(['username:username_taken']);
      expect(await auditCount(test)).toBe(before);
    } finally {
      await test.core.close();
    }
  });

  it('weak passwords and malformed NIPs are VALIDATION naming the rule and field', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const base = {
        username: 'budi',
        fullName: 'Budi',
        nip: '',
        position: '',
        email: '',
        phone: '',
        roles: ['drafter' as const],
      };
      const short = await test.call('accounts.create', { ...base, password: 'abc1' }, admin);
      expect(issueKeys(short)).toContain('password:password_too_short');
      const noDigit = await test.call('accounts.create', { ...base, password: 'abcdefghijkl' }, admin);
      expect(issueKeys(noDigit)).toContain('password:password_needs_letter_and_digit');
      const asUsername = await test.call(
        'accounts.create',
        { ...base, username: 'budi12345678', password: 'budi12345678' },
        admin,
      );
      expect(issueKeys(asUsername)).toContain('password:password_same_as_username');
      const nip = await test.call('accounts.create', { ...base, nip: '1985-0312', password: userPassword }, admin);
      expect(issueKeys(nip)).toContain('nip:nip_format');
      const roles = await test.call('accounts.create', { ...base, roles: [], password: userPassword }, admin);
      expect(issueKeys(roles)).toContain('roles:roles_required');
      const ok = await test.call(
        'accounts.create',
        { ...base, nip: '198503122010011001', password: userPassword },
        admin,
      );
      expect(ok.ok).toBe(true);
    } finally {
      await test.core.close();
    }
  });

  it('five wrong passwords lock the account for the office period; the right one then fails until it ends', async () => {
    let clock = new Date('2026-11-28T02:00:00.000Z');
    const test = await openTestCore(tempDir(), () => clock);
    try {
      const admin = await setUpOffice(test);
      await accountWithRoles(test, admin, 'staf', ['drafter']);
      const failures = [];
      for (let attempt = 1; attempt <= 5; attempt++) {
        failures.push(await test.call('accounts.login', { username: 'staf', password: 'wrong-password-1' }));
      }
      const right = await test.call('accounts.login', { username: 'staf', password: userPassword });
      const unknown = await test.call('accounts.login', { username: 'nobody', password: userPassword });
      // The fifth failure, the right password on the locked account and an unknown name all read alike.
      for (const failure of [...failures, right]) expect(failure).toEqual(unknown);
      expect(right.ok ? 'ok' : right.error.details).toEqual({ reason: 'loginFailed', maxAttempts: 5 });
      const staf = (await test.value('accounts.list', {}, admin)).find((a) => a.username === 'staf');
      expect(staf?.lockedUntil).toBe('2026-11-28T02:15:00.000Z');
      const actions = (await test.value('audit.list', {}, admin)).events.map((event) => event.action);
      expect(actions.filter((action) => action === 'account.loginFailed')).toHaveLength(5);
      expect(actions.filter((action) => action === 'account.locked')).toHaveLength(1);

      clock = new Date('2026-11-28T02:15:01.000Z');
      // A new session after the lock; the admin's session has gone idle in the meantime.
      const later = await test.call('accounts.login', { username: 'staf', password: userPassword });
      expect(later.ok).toBe(true);
    } finally {
      await test.core.close();
    }
  });

  it('sixty wrong passwords sent at once check at most five and lock the account', async () => {
    const test = await openTestCore(tempDir(), () => new Date('2026-11-28T02:00:00.000Z'));
    try {
      const admin = await setUpOffice(test);
      await accountWithRoles(test, admin, 'staf', ['drafter']);
      const guesses = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          test.call('accounts.login', { username: 'staf', password: `wrong-guess-${i}` }),
        ),
      );
      expect(guesses.every((guess) => !guess.ok)).toBe(true);
      const staf = (await test.value('accounts.list', {}, admin)).find((a) => a.username === 'staf');
      expect(staf?.lockedUntil).toBe('2026-11-28T02:15:00.000Z');
      const actions = (await test.value('audit.list', {}, admin)).events.map((event) => event.action);
      // Only the counted places had their password checked (and recorded); the rest were refused unchecked.
      expect(actions.filter((action) => action === 'account.loginFailed')).toHaveLength(5);
      expect(actions.filter((action) => action === 'account.locked')).toHaveLength(1);
      expect((await test.call('accounts.login', { username: 'staf', password: userPassword })).ok).toBe(false);
    } finally {
      await test.core.close();
    }
  });

  it('an admin can unlock and reset; an unknown user and a wrong password look the same', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const { account } = await accountWithRoles(test, admin, 'staf', ['drafter']);
      const unknown = await test.call('accounts.login', { username: 'nobody', password: 'whatever-1' });
      const wrong = await test.call('accounts.login', { username: 'staf', password: 'whatever-1' });
      expect(unknown).toEqual(wrong);
      for (let i = 0; i < 5; i++) await test.call('accounts.login', { username: 'staf', password: 'whatever-1' });
      expect(
        (await test.value('accounts.list', {}, admin)).find((a) => a.id === account.id)?.lockedUntil,
      ).not.toBeNull();
      await test.value('accounts.unlock', { id: account.id }, admin);
      expect((await test.call('accounts.login', { username: 'staf', password: userPassword })).ok).toBe(true);
      await test.value('accounts.resetPassword', { id: account.id, newPassword: 'Baru-Sekali-99' }, admin);
      expect((await test.call('accounts.login', { username: 'staf', password: userPassword })).ok).toBe(false);
      expect((await test.call('accounts.login', { username: 'staf', password: 'Baru-Sekali-99' })).ok).toBe(true);
    } finally {
      await test.core.close();
    }
  });

  it('deactivation ends sessions, refuses sign-in, keeps the record; the last admin stays', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const { account, sessionId } = await accountWithRoles(test, admin, 'staf', ['drafter']);
      await test.value('accounts.deactivate', { id: account.id }, admin);
      const me = await test.call('accounts.me', {}, sessionId);
      expect(me.ok ? 'ok' : me.error.code).toBe('UNAUTHENTICATED');
      // Refused in the words every failure uses: the right password does not reveal the deactivation.
      const login = await test.call('accounts.login', { username: 'staf', password: userPassword });
      const wrong = await test.call('accounts.login', { username: 'staf', password: 'wrong-password-1' });
      expect(login.ok ? 'ok' : login.error.details?.reason).toBe('loginFailed');
      expect(login).toEqual(wrong);
      expect((await test.value('accounts.list', {}, admin)).find((a) => a.id === account.id)?.active).toBe(false);

      const self = await test.value('accounts.me', {}, admin);
      const last = await test.call('accounts.deactivate', { id: self.id }, admin);
      expect(last.ok ? 'ok' : last.error.details?.reason).toBe('lastAdmin');
      const demote = await test.call(
        'accounts.update',
        { id: self.id, fullName: 'X', nip: '', position: '', email: '', phone: '', roles: ['viewer'] },
        admin,
      );
      expect(demote.ok ? 'ok' : demote.error.details?.reason).toBe('lastAdmin');
      expect((await test.value('accounts.me', {}, admin)).roles).toEqual(['admin']);
    } finally {
      await test.core.close();
    }
  });

  it('users change their own password with the current one; other sessions end', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const { sessionId } = await accountWithRoles(test, admin, 'staf', ['drafter']);
      const other = (await test.value('accounts.login', { username: 'staf', password: userPassword })).sessionId;
      const wrong = await test.call(
        'accounts.changePassword',
        { currentPassword: 'nope', newPassword: 'Lain-Lagi-2026' },
        sessionId,
      );
      expect(issueKeys(wrong)).toEqual(['currentPassword:password_wrong']);
      await test.value(
        'accounts.changePassword',
        { currentPassword: userPassword, newPassword: 'Lain-Lagi-2026' },
        sessionId,
      );
      expect((await test.call('accounts.me', {}, sessionId)).ok).toBe(true);
      expect((await test.call('accounts.me', {}, other)).ok).toBe(false);
      expect((await test.call('accounts.login', { username: 'staf', password: 'Lain-Lagi-2026' })).ok).toBe(true);
      expect((await test.call('accounts.login', { username: 'admin', password: adminPassword })).ok).toBe(true);
    } finally {
      await test.core.close();
    }
  });

  it('wrong current passwords count toward the lock; the fifth signs the person out everywhere', async () => {
    const test = await openTestCore(tempDir(), () => new Date('2026-11-28T02:00:00.000Z'));
    try {
      const admin = await setUpOffice(test);
      const { sessionId } = await accountWithRoles(test, admin, 'staf', ['drafter']);
      const other = (await test.value('accounts.login', { username: 'staf', password: userPassword })).sessionId;
      const change = (currentPassword: string) =>
        test.call('accounts.changePassword', { currentPassword, newPassword: 'Lain-Lagi-2026' }, sessionId);
      for (let attempt = 1; attempt <= 4; attempt++) {
        expect(issueKeys(await change(`nope-${attempt}`))).toEqual(['currentPassword:password_wrong']);
      }
      const fifth = await change('nope-5');
      expect(fifth.ok ? 'ok' : fifth.error.details?.reason).toBe('passwordTriesExceeded');
      expect((await test.call('accounts.me', {}, sessionId)).ok).toBe(false);
      expect((await test.call('accounts.me', {}, other)).ok).toBe(false);
      expect((await test.call('accounts.login', { username: 'staf', password: userPassword })).ok).toBe(false);
      const staf = (await test.value('accounts.list', {}, admin)).find((a) => a.username === 'staf');
      expect(staf?.lockedUntil).toBe('2026-11-28T02:15:00.000Z');
    } finally {
      await test.core.close();
    }
  });

  it('a session idle longer than the office period is over', async () => {
    let clock = new Date('2026-11-28T02:00:00.000Z');
    const test = await openTestCore(tempDir(), () => clock);
    try {
      const admin = await setUpOffice(test);
      clock = new Date('2026-11-28T02:14:00.000Z');
      expect((await test.call('accounts.me', {}, admin)).ok).toBe(true);
      clock = new Date('2026-11-28T02:29:30.000Z');
      const idle = await test.call('accounts.me', {}, admin);
      expect(idle.ok ? 'ok' : idle.error.details?.reason).toBe('sessionExpired');
      await test.value('accounts.login', { username: 'admin', password: adminPassword });
    } finally {
      await test.core.close();
    }
  });

  it('logout ends the session', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      await test.value('accounts.logout', {}, admin);
      expect((await test.call('accounts.me', {}, admin)).ok).toBe(false);
    } finally {
      await test.core.close();
    }
  });
});
