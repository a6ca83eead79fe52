import type { Kysely, Selectable } from 'kysely';
import { defaultMailLimits, type MailSettings } from '../../../shared/ipc/distribution';
import type { Database } from '../db/schema';
import type { MailSettingsTable } from '../db/schema/mailSettings';

export type MailSettingsRow = Selectable<MailSettingsTable>;

export async function readMailSettingsRow(db: Kysely<Database>): Promise<MailSettingsRow | undefined> {
  return db.selectFrom('mail_settings').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** The settings as the interface shows them; an office without a server gets sensible blanks. */
export function mailSettingsView(row: MailSettingsRow | undefined, hasPassword: boolean): MailSettings {
  if (!row) {
    return {
      configured: false,
      host: '',
      port: 587,
      security: 'starttls',
      username: '',
      hasPassword,
      fromName: '',
      fromAddress: '',
      replyTo: '',
      perMinute: defaultMailLimits.perMinute,
      perDay: defaultMailLimits.perDay,
      retryHours: 24,
      updatedAt: null,
    };
  }
  return {
    configured: true,
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    hasPassword,
    fromName: row.from_name,
    fromAddress: row.from_address,
    replyTo: row.reply_to,
    perMinute: row.per_minute,
    perDay: row.per_day,
    retryHours: row.retry_hours,
    updatedAt: row.updated_at,
  };
}
