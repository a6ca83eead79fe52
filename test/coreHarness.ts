import type { Role } from '../src/shared/accounts/roles';
import type { Channel, ChannelInput, ChannelOutput } from '../src/shared/ipc/contract';
import type { Result } from '../src/shared/ipc/result';
import { createCore, type Core, type CoreOptions } from '../src/main/core/core';
import { defaultOfficeSettings } from '../src/shared/ipc/office';
import { tickingClock } from './clock';
import { testDatabaseUrl } from './postgres/adminClient';

export const adminPassword = 'Admin-Siaga-2026';
export const userPassword = 'Pengguna-2026';

export const officeProfile = {
  agencyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
  unitName: 'Bidang Informasi dan Komunikasi Publik',
  address: 'Jl. Parasamya No. 1, Beran, Tridadi, Sleman',
  phone: '(0274) 868405',
  email: 'diskominfo@slemankab.go.id',
  website: 'https://diskominfo.slemankab.go.id',
  ...defaultOfficeSettings,
  officeHours: { ...defaultOfficeSettings.officeHours, days: [...defaultOfficeSettings.officeHours.days] },
  security: { ...defaultOfficeSettings.security },
};

export const adminProfile = {
  username: 'admin',
  fullName: 'Siti Rahmawati',
  nip: '198503122010012003',
  position: 'Kepala Bidang IKP',
  email: 'siti@slemankab.go.id',
  phone: '081234567890',
  password: adminPassword,
};

/**
 * A core on a real store in `dataDir`, with helpers that call as a given session. Without `now`
 * it runs on a ticking test clock from `testEpoch`, never on the real calendar.
 */
export async function openTestCore(
  dataDir: string,
  now: () => Date = tickingClock(),
  options: Partial<CoreOptions> = {},
) {
  const core = await createCore({
    dataDir,
    databaseUrl: await testDatabaseUrl(),
    appVersion: 'test',
    logger: { error: () => undefined },
    now,
    ...options,
  });
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>, sessionId?: string) =>
    core.call(channel, input, { clientId: 'test:1', ...(sessionId ? { sessionId } : {}) }) as Promise<
      Result<ChannelOutput<C>>
    >;
  const value = async <C extends Channel>(channel: C, input: ChannelInput<C>, sessionId?: string) => {
    const result = await call(channel, input, sessionId);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { core, call, value };
}

export type TestCore = Awaited<ReturnType<typeof openTestCore>>;

/** Runs the first-run setup; returns the administrator's session id. */
export async function setUpOffice(test: TestCore): Promise<string> {
  const result = await test.value('office.setup', { office: officeProfile, admin: adminProfile });
  return result.sessionId;
}

/** Creates an account with the given roles (as the admin) and signs it in. */
export async function accountWithRoles(test: TestCore, adminSession: string, username: string, roles: Role[]) {
  const account = await test.value(
    'accounts.create',
    {
      username,
      fullName: `Pengguna ${username}`,
      nip: '',
      position: '',
      email: '',
      phone: '',
      password: userPassword,
      roles,
    },
    adminSession,
  );
  const { sessionId } = await test.value('accounts.login', { username, password: userPassword });
  return { account, sessionId };
}

export type { Core };
