import type { Core } from '../core';
import { seedConferences } from './seedConferences';
import { seedContacts } from './seedContacts';
import { seedOfficeAndAccounts } from './seedOfficeAndAccounts';
import { seedPreferences } from './seedPreferences';
import { seedStatements } from './seedStatements';

export interface DemoSeeder {
  name: string;
  /** Adds this domain's demo records through the core's own channels, so every rule applies. */
  seed(core: Core, options: DemoOptions): Promise<string>;
}

export interface DemoOptions {
  /** The password of every demo account (accounts issue). */
  password?: string;
  /** How many demo journalists (contacts issue); 60 when not given. */
  contacts?: number;
}

/** Run in order by `siaga demo`; each domain appends its seeder when it lands. */
export const demoSeeders: readonly DemoSeeder[] = [
  { name: 'preferences', seed: seedPreferences },
  { name: 'office and accounts', seed: seedOfficeAndAccounts },
  { name: 'statements', seed: seedStatements },
  { name: 'contacts', seed: seedContacts },
  { name: 'conferences', seed: seedConferences },
];
