export { pastDays, type DemoOptions, type DemoSeeder } from './demoOptions';
import { seedApprovalChains } from './seedApprovalChains';
import { seedConferences } from './seedConferences';
import { seedClosedCrisis, seedOpenCrisis } from './seedCrises';
import type { DemoSeeder } from './demoOptions';
import { seedContacts } from './seedContacts';
import { seedHoaxes } from './seedHoaxes';
import { seedOfficeAndAccounts } from './seedOfficeAndAccounts';
import { seedPreferences } from './seedPreferences';
import { seedSignalRules } from './seedSignalRules';
import { seedStatements } from './seedStatements';

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
  { name: 'early-warning rules', seed: seedSignalRules },
];
