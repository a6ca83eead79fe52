import { systemActor } from '../kernel/writeScope';
import type { CoreDeps } from '../kernel/coreDeps';
import type { z } from 'zod';
import type { LoginResult, newAdminSchema } from '../../../shared/ipc/accounts';
import type { Office, OfficeStatus, officeProfileInputSchema } from '../../../shared/ipc/office';
import { insertAccount } from '../accounts/accountService';
import { hashPassword } from '../accounts/passwords';
import { openSession, type SessionService } from '../accounts/sessionService';
import type { Actor } from '../kernel/context';
import { CoreError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { checkLogo } from './logo';
import { profileColumns, readOfficeRow, toOffice } from './officeRepository';

type ProfileInput = z.output<typeof officeProfileInputSchema>;
type AdminInput = z.output<typeof newAdminSchema>;

export interface OfficeServiceDeps extends CoreDeps {
  sessions: SessionService;
}

export function createOfficeService(deps: OfficeServiceDeps) {
  const { db } = deps.store.connection;

  function statusOf(office: Office | undefined): OfficeStatus {
    return {
      configured: office !== undefined,
      agencyName: office?.agencyName ?? null,
      unitName: office?.unitName ?? null,
    };
  }

  async function get(): Promise<Office | undefined> {
    const row = await readOfficeRow(db);
    return row ? toOffice(row) : undefined;
  }

  return {
    get,
    status: async () => statusOf(await get()),

    /**
     * First run: the office profile and the first administrator, in one transaction, and the
     * administrator signed in. Refused once an office exists.
     */
    async setup(office: ProfileInput, admin: AdminInput, clientId: string): Promise<LoginResult> {
      const logo = office.logo ? await checkLogo(office.logo, ['office', 'logo']) : undefined;
      const passwordHash = await hashPassword(admin.password);
      // The first administrator does not exist until this write creates them; the audit names them.
      const { accountId, sessionId } = await deps.write(systemActor, async (w) => {
        const { trx, at } = w;
        if (await readOfficeRow(trx))
          throw new CoreError('CONFLICT', 'Siaga is already set up', { reason: 'officeExists' });
        const officeId = newId();
        const accountId = await insertAccount(w, { ...admin, roles: ['admin'], passwordHash });
        await trx
          .insertInto('office')
          .values({
            id: officeId,
            ...profileColumns(office),
            logo_mime: logo?.mimeType ?? null,
            logo_data: logo?.data ?? null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await w.audit('office.created', 'office', officeId, { agencyName: office.agencyName }, accountId);
        const sessionId = await openSession(w, accountId, clientId);
        w.emit('office.changed', { configured: true, agencyName: office.agencyName, unitName: office.unitName });
        return { accountId, sessionId };
      });
      return { sessionId, account: await deps.sessions.sessionAccount(accountId) };
    },

    async update(input: ProfileInput, actor: Actor): Promise<Office> {
      const logo = input.logo ? await checkLogo(input.logo, ['logo']) : input.logo;
      return deps.write(actor, async (w) => {
        const { trx, at } = w;
        const before = await readOfficeRow(trx);
        if (!before) throw new CoreError('NOT_FOUND', 'Siaga is not set up yet', { reason: 'officeMissing' });
        const columns = profileColumns(input);
        const changed = Object.entries(columns)
          .filter(([key, value]) => before[key as keyof typeof before] !== value)
          .map(([key]) => key);
        if (logo !== undefined) changed.push('logo');
        await trx
          .updateTable('office')
          .set({
            ...columns,
            ...(logo === undefined ? {} : { logo_mime: logo?.mimeType ?? null, logo_data: logo?.data ?? null }),
            updated_at: at,
          })
          .where('id', '=', before.id)
          .execute();
        await w.audit('office.updated', 'office', before.id, { fields: changed });
        const after = toOffice((await readOfficeRow(trx))!);
        w.emit('office.changed', statusOf(after));
        return after;
      });
    },
  };
}

export type OfficeService = ReturnType<typeof createOfficeService>;
