import type { z } from 'zod';
import type { LoginResult, newAdminSchema } from '../../../shared/ipc/accounts';
import type { Office, OfficeStatus, officeProfileInputSchema } from '../../../shared/ipc/office';
import { insertAccount } from '../accounts/accountService';
import { hashPassword } from '../accounts/passwords';
import { openSession, type SessionService } from '../accounts/sessionService';
import { appendAudit } from '../audit/auditChain';
import type { Actor } from '../kernel/context';
import type { Store } from '../db/store';
import { transact } from '../db/transaction';
import { CoreError } from '../kernel/errors';
import type { EventBus } from '../kernel/eventBus';
import { newId } from '../kernel/ids';
import { checkLogo } from './logo';
import { profileColumns, readOfficeRow, toOffice } from './officeRepository';

type ProfileInput = z.output<typeof officeProfileInputSchema>;
type AdminInput = z.output<typeof newAdminSchema>;

export interface OfficeServiceDeps {
  store: Store;
  events: EventBus;
  now: () => Date;
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
      const { accountId, sessionId } = await transact(db, async ({ trx, afterCommit }) => {
        if (await readOfficeRow(trx))
          throw new CoreError('CONFLICT', 'Siaga is already set up', { reason: 'officeExists' });
        const at = deps.now().toISOString();
        const officeId = newId();
        const accountId = await insertAccount(trx, { ...admin, roles: ['admin'], passwordHash }, 'self', at);
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
        await appendAudit(
          trx,
          {
            actorId: accountId,
            action: 'office.created',
            entityType: 'office',
            entityId: officeId,
            data: { agencyName: office.agencyName },
          },
          at,
        );
        const sessionId = await openSession(trx, accountId, clientId, at);
        afterCommit(() =>
          deps.events.emit('office.changed', {
            configured: true,
            agencyName: office.agencyName,
            unitName: office.unitName,
          }),
        );
        return { accountId, sessionId };
      });
      return { sessionId, account: await deps.sessions.sessionAccount(accountId) };
    },

    async update(input: ProfileInput, actor: Actor): Promise<Office> {
      const logo = input.logo ? await checkLogo(input.logo, ['logo']) : input.logo;
      return transact(db, async ({ trx, afterCommit }) => {
        const before = await readOfficeRow(trx);
        if (!before) throw new CoreError('NOT_FOUND', 'Siaga is not set up yet', { reason: 'officeMissing' });
        const at = deps.now().toISOString();
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
        await appendAudit(
          trx,
          {
            actorId: actor.accountId,
            action: 'office.updated',
            entityType: 'office',
            entityId: before.id,
            data: { fields: changed },
          },
          at,
        );
        const after = toOffice((await readOfficeRow(trx))!);
        afterCommit(() => deps.events.emit('office.changed', statusOf(after)));
        return after;
      });
    },
  };
}

export type OfficeService = ReturnType<typeof createOfficeService>;
