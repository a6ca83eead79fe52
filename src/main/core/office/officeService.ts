import { systemActor, type WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { LoginResult, newAdminSchema } from '../../../shared/ipc/accounts';
import type { Office, OfficeStatus, officeProfileInputSchema } from '../../../shared/ipc/office';
import { insertAccount } from '../accounts/accountService';
import { hashPassword } from '../accounts/passwords';
import { openSession, sessionAccount, type SessionDeps } from '../accounts/sessionService';
import type { Database } from '../db/schema';
import { CoreError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { checkLogo, type CheckedLogo } from './logo';
import { profileColumns, readOfficeRow, toOffice } from './officeRepository';

type ProfileInput = z.output<typeof officeProfileInputSchema>;
type AdminInput = z.output<typeof newAdminSchema>;

function statusOf(office: Office | undefined): OfficeStatus {
  return {
    configured: office !== undefined,
    agencyName: office?.agencyName ?? null,
    unitName: office?.unitName ?? null,
  };
}

export async function readOffice(db: Kysely<Database>): Promise<Office | undefined> {
  const row = await readOfficeRow(db);
  return row ? toOffice(row) : undefined;
}

export async function mustReadOffice(db: Kysely<Database>): Promise<Office> {
  const office = await readOffice(db);
  if (!office) throw new CoreError('NOT_FOUND', 'Siaga is not set up yet', { reason: 'officeMissing' });
  return office;
}

export async function officeStatus(db: Kysely<Database>): Promise<OfficeStatus> {
  return statusOf(await readOffice(db));
}

/**
 * First run: the office profile and the first administrator, in one write, and the administrator
 * signed in. Refused once an office exists. The logo is checked and the password hashed before the
 * write opens (both are slow and neither needs the store).
 */
export async function setUpOffice(
  deps: SessionDeps,
  office: ProfileInput,
  admin: AdminInput,
  clientId: string,
): Promise<LoginResult> {
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
    const sessionId = await openSession(w, accountId, clientId, deps.deskName);
    w.emit('office.changed', { configured: true, agencyName: office.agencyName, unitName: office.unitName });
    return { accountId, sessionId };
  });
  return { sessionId, account: await sessionAccount(deps, accountId) };
}

/** Checks a new logo before the write (undefined: keep the logo; null: remove it). */
export async function checkProfileLogo(input: ProfileInput): Promise<CheckedLogo | null | undefined> {
  return input.logo ? checkLogo(input.logo, ['logo']) : input.logo;
}

/** Changes the office profile; the audit names the fields that changed. */
export async function updateOffice(
  w: WriteScope,
  input: ProfileInput,
  logo: CheckedLogo | null | undefined,
): Promise<void> {
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
  w.emit('office.changed', statusOf(toOffice((await readOfficeRow(trx))!)));
}
