import type { Core } from '../core';
import { seedApprovalChains } from './seedApprovalChains';
import { seedConferences } from './seedConferences';
import { seedClosedCrisis, seedOpenCrisis } from './seedCrises';
import type { DemoClock } from './demoClock';
import { seedContacts } from './seedContacts';
import { seedHoaxes } from './seedHoaxes';
import { seedOfficeAndAccounts } from './seedOfficeAndAccounts';
import { seedPreferences } from './seedPreferences';
import { seedStatements } from './seedStatements';

export interface DemoSeeder {
  name: string;
  /** Runs with the clock set back (see `pastStart`): its records happened days ago. */
  past?: boolean;
  /** Adds this domain's demo records through the core's own channels, so every rule applies. */
  seed(core: Core, options: DemoOptions): Promise<string>;
}

export interface DemoOptions {
  /** The password of every demo account (accounts issue). */
  password?: string;
  /** How many demo journalists (contacts issue); 60 when not given. */
  contacts?: number;
  /** The core's clock; `past` seeders move it forward through their history. */
  clock?: DemoClock;
}

/** Where the past begins: the office is set up 13 days ago, the closed crisis follows. */
export const pastDays = 13;

/** Run in order by `siaga demo`; each domain appends its seeder when it lands. */
export const demoSeeders: readonly DemoSeeder[] = [
  { name: 'preferences', seed: seedPreferences, past: true },
  { name: 'office and accounts', seed: seedOfficeAndAccounts, past: true },
  { name: 'closed crisis', seed: seedClosedCrisis, past: true },
  { name: 'statements', seed: seedStatements },
  { name: 'contacts', seed: seedContacts },
  { name: 'conferences', seed: seedConferences },
  { name: 'open crisis', seed: seedOpenCrisis },
  { name: 'hoaxes', seed: seedHoaxes },
  { name: 'approval chains', seed: seedApprovalChains },
];
