import type { SmtpSecurity } from '../../../../shared/distribution/vocabulary';
/** The office mail server (one row, id 1). The password is kept by the secret store, never here. */
export interface MailSettingsTable {
  id: number;
  host: string;
  port: number;
  /** 'tls' (implicit, port 465), 'starttls' (required upgrade, port 587) or 'none' (trusted relay). */
  security: SmtpSecurity;
  username: string;
  from_name: string;
  from_address: string;
  reply_to: string;
  /** Messages per sliding minute / day; null: no limit. */
  per_minute: number | null;
  per_day: number | null;
  /** How long a recipient is retried after temporary failures before it fails for good. */
  retry_hours: number;
  updated_at: string;
}
