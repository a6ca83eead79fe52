import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { mailSettingsInputSchema } from '../../../shared/ipc/distribution';
import type { SendReason } from '../../../shared/distribution/vocabulary';
import type { Database } from '../db/schema';
import type { SessionActor } from '../kernel/context';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import type { SecretStore } from '../security/secretStore';
import { composeMessage } from './mailMessage';
import { mailSettingsView, readMailSettingsRow } from './mailSettings';
import { mailTransport } from './mailTransport';
import { classifySendError } from './smtpErrors';

type SettingsInput = z.output<typeof mailSettingsInputSchema>;

/** The mail server settings as the administrator sees them (the password only as "is set"). */
export async function readMailSettings(db: Kysely<Database>, secrets: SecretStore) {
  return mailSettingsView(await readMailSettingsRow(db), (await secrets.read('smtpPassword')) !== null);
}

/**
 * Keeps the password in the secret store (undefined: keep it; '': remove it). Called before the
 * settings are written: a settings row naming a password the store never kept would fail later, silently.
 */
export async function storeMailPassword(secrets: SecretStore, password: string | undefined): Promise<void> {
  if (password !== undefined) await secrets.write('smtpPassword', password === '' ? null : password);
}

/** Writes the settings; the audit names the fields that changed (never their values' secrets). */
export async function saveMailSettings(w: WriteScope, input: SettingsInput): Promise<void> {
  const { trx, at } = w;
  const before = await readMailSettingsRow(trx);
  const values = {
    host: input.host,
    port: input.port,
    security: input.security,
    username: input.username,
    from_name: input.fromName,
    from_address: input.fromAddress,
    reply_to: input.replyTo,
    per_minute: input.perMinute,
    per_day: input.perDay,
    retry_hours: input.retryHours,
    updated_at: at,
  };
  if (before) await trx.updateTable('mail_settings').set(values).where('id', '=', 1).execute();
  else
    await trx
      .insertInto('mail_settings')
      .values({ id: 1, ...values })
      .execute();
  const changed = Object.entries(values)
    .filter(([key, value]) => key !== 'updated_at' && (!before || before[key as keyof typeof before] !== value))
    .map(([key]) => key);
  if (input.password !== undefined) changed.push('password');
  await w.audit('mail.settingsChanged', 'mail_settings', '1', { fields: changed });
}

/** Connects, signs in and sends one message, answering in words the administrator can act on. */
export async function testMailSettings(db: Kysely<Database>, secrets: SecretStore, to: string, actor: SessionActor) {
  const row = await readMailSettingsRow(db);
  if (!row) return { delivered: false, reason: 'smtpNotConfigured' as SendReason, detail: null };
  const transporter = mailTransport(row, await secrets.read('smtpPassword'), { pool: false });
  try {
    const office = await db.selectFrom('office').select(['agency_name']).executeTakeFirst();
    const subject = `Siaga: uji surel / test mail — ${office?.agency_name ?? ''}`;
    const text = `Pesan uji dari Siaga. Pengaturan server surel berfungsi.\n\nA test message from Siaga. The mail server settings work.\n`;
    await transporter.sendMail(
      composeMessage(
        row,
        { subject, html: `<p>${text.replace(/\n/g, '<br>')}</p>`, text, headers: {}, attachments: [] },
        { name: actor.fullName, address: to },
        `<test.${newId()}@${row.from_address.split('@')[1] ?? 'siaga.invalid'}>`,
      ),
    );
    return { delivered: true, reason: null, detail: null };
  } catch (error) {
    const failure = classifySendError(error);
    return { delivered: false, reason: failure.reason, detail: failure.detail };
  } finally {
    transporter.close();
  }
}
