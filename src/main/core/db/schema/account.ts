import type { Insertable, Selectable, Updateable } from 'kysely';

/** A person who signs in. Never deleted: records keep their author; deactivated instead. */
export interface AccountTable {
  id: string;
  username: string;
  full_name: string;
  nip: string;
  position: string;
  email: string;
  phone: string;
  /** `scrypt$N$r$p$salt$hash`, base64 parts. */
  password_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccountRow = Insertable<AccountTable>;
export type AccountRowUpdate = Updateable<AccountTable>;
