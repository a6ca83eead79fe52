import type { PreferenceTable } from './preference';

/**
 * Every table of the store, one file each. Kysely's own `kysely_migration` tables are left out on
 * purpose: only the migrator touches them.
 */
export interface Database {
  preference: PreferenceTable;
}
