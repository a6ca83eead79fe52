import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/accounts/roles';
import { channels, policyOf } from '../../shared/ipc/contract';
import { permissions, type Permission } from '../../shared/permissions';
import { accountWithRoles, openTestCore, setUpOffice } from '../../../test/coreHarness';
import { useTempDirs } from '../../../test/tempDir';

describe('permissions are enforced by the core', () => {
  const tempDir = useTempDirs();

  it('every permission in the table guards at least one channel (none is dead)', () => {
    const used = new Set(
      channels.flatMap((channel) => {
        const policy = policyOf(channel);
        return policy.access === 'permission' ? [policy.permission] : [];
      }),
    );
    expect(Object.keys(permissions).filter((permission) => !used.has(permission as Permission))).toEqual([]);
  });

  it('every mutating channel x every role: FORBIDDEN exactly where the table says', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const sessions = new Map<string, string>();
      for (const role of roles)
        sessions.set(role, (await accountWithRoles(test, admin, `user-${role}`, [role])).sessionId);

      const guarded = channels.filter((channel) => {
        const policy = policyOf(channel);
        return policy.mutating && policy.access === 'permission';
      });
      expect(guarded.length).toBeGreaterThan(0);
      for (const channel of guarded) {
        const policy = policyOf(channel);
        if (policy.access !== 'permission') continue;
        for (const role of roles) {
          // Deliberately invalid input: the permission check must come first.
          const result = await test.call(channel, { bogus: true } as never, sessions.get(role));
          const allowed = (permissions[policy.permission] as readonly string[]).includes(role);
          const code = result.ok ? 'OK' : result.error.code;
          expect({ channel, role, forbidden: code === 'FORBIDDEN' }).toEqual({ channel, role, forbidden: !allowed });
          if (allowed) expect(code).toBe('VALIDATION');
        }
      }
    } finally {
      await test.core.close();
    }
  });

  it('channels that need a user answer UNAUTHENTICATED without one, before validating', async () => {
    const test = await openTestCore(tempDir());
    try {
      await setUpOffice(test);
      for (const channel of channels.filter((c) => policyOf(c).access !== 'public')) {
        const result = await test.call(channel, { bogus: true } as never);
        expect(result.ok ? 'OK' : result.error.code, channel).toBe('UNAUTHENTICATED');
        const forged = await test.call(channel, { bogus: true } as never, 'not-a-session');
        expect(forged.ok ? 'OK' : forged.error.code, channel).toBe('UNAUTHENTICATED');
      }
    } finally {
      await test.core.close();
    }
  });
});
