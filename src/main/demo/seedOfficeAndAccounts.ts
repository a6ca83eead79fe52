import type { Role } from '../../shared/accounts/roles';
import { defaultOfficeSettings } from '../../shared/ipc/office';
import type { Core } from '../core/core';
import type { DemoOptions } from './demoOptions';

export const defaultDemoPassword = 'Siaga-Demo-2026';

/** One demo user per role; usernames as documented in the README and `siaga --help`. */
const demoUsers: { username: string; fullName: string; nip: string; position: string; roles: Role[] }[] = [
  {
    username: 'staf',
    fullName: 'Dewi Anggraini, S.I.Kom.',
    nip: '199207152019032012',
    position: 'Pranata Humas Ahli Pertama',
    roles: ['drafter'],
  },
  {
    username: 'redaktur',
    fullName: 'Agus Santoso, S.Sos.',
    nip: '198609232010011004',
    position: 'Kepala Seksi Pengelolaan Informasi Publik',
    roles: ['reviewer'],
  },
  {
    username: 'pimpinan',
    fullName: 'Dr. Hendra Wijaya, M.Si.',
    nip: '197405111998031005',
    position: 'Kepala Dinas Komunikasi dan Informatika',
    roles: ['approver'],
  },
  {
    username: 'jubir',
    fullName: 'Rina Marlina, S.H.',
    nip: '198811302012122001',
    position: 'Juru Bicara Pemerintah Kabupaten',
    roles: ['spokesperson'],
  },
  { username: 'tamu', fullName: 'Pemantau Inspektorat', nip: '', position: 'Auditor', roles: ['viewer'] },
];

export async function seedOfficeAndAccounts(core: Core, options: DemoOptions): Promise<string> {
  const password = options.password ?? defaultDemoPassword;
  const setup = await core.call(
    'office.setup',
    {
      office: {
        agencyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
        unitName: 'Bidang Informasi dan Komunikasi Publik',
        address: 'Jl. Parasamya No. 1, Beran, Tridadi, Sleman, Daerah Istimewa Yogyakarta 55511',
        city: 'Sleman',
        phone: '(0274) 868405',
        email: 'diskominfo@slemankab.go.id',
        website: 'https://diskominfo.slemankab.go.id',
        ...defaultOfficeSettings,
        officeHours: { ...defaultOfficeSettings.officeHours, days: [1, 2, 3, 4, 5] },
        security: { ...defaultOfficeSettings.security },
      },
      admin: {
        username: 'admin',
        fullName: 'Siti Rahmawati, S.Kom.',
        nip: '198503122010012003',
        position: 'Administrator Sistem',
        email: 'admin.humas@slemankab.go.id',
        phone: '081227001122',
        password,
      },
    },
    { clientId: 'cli:demo' },
  );
  if (!setup.ok) throw new Error(`office: ${setup.error.message} ${JSON.stringify(setup.error.details ?? {})}`);
  const { sessionId } = setup.value as { sessionId: string };
  for (const user of demoUsers) {
    const created = await core.call(
      'accounts.create',
      { ...user, email: `${user.username}@slemankab.go.id`, phone: '', password },
      { clientId: 'cli:demo', sessionId },
    );
    if (!created.ok) throw new Error(`account ${user.username}: ${created.error.message}`);
  }
  await core.call('accounts.logout', {}, { clientId: 'cli:demo', sessionId });
  return `office Diskominfo Sleman; users admin, ${demoUsers.map((u) => u.username).join(', ')} (password ${options.password ? 'as given' : defaultDemoPassword})`;
}
