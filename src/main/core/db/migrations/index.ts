import type { Kysely } from 'kysely';
import * as m0001 from './0001_preferences';
import * as m0002 from './0002_office_accounts_audit';
import * as m0003 from './0003_statements';
import * as m0004 from './0004_statement_search';
import * as m0005 from './0005_contacts';
import * as m0006 from './0006_contact_search';
import * as m0007 from './0007_contact_paging';
import * as m0008 from './0008_distribution';
import * as m0009 from './0009_conferences';
import * as m0010 from './0010_briefing';
import * as m0011 from './0011_crises';
import * as m0012 from './0012_crisis_report';
import * as m0013 from './0013_hoaxes';
import * as m0014 from './0014_audit_action_index';
import * as m0015 from './0015_golden_hour';
import * as m0016 from './0016_approver_mail';
import * as m0017 from './0017_second_walk';
import * as m0018 from './0018_feeds';
import * as m0019 from './0019_signal_review';

export interface MigrationDefinition {
  /** Zero-padded so that name order is application order. Never renamed once landed. */
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Every migration, in the order it runs. An explicit list (not a folder scan) so it survives
 * bundling; the schema version of a store is the number of these it has applied.
 */
export const migrations: readonly MigrationDefinition[] = [
  { name: '0001_preferences', up: m0001.up },
  { name: '0002_office_accounts_audit', up: m0002.up },
  { name: '0003_statements', up: m0003.up },
  { name: '0004_statement_search', up: m0004.up },
  { name: '0005_contacts', up: m0005.up },
  { name: '0006_contact_search', up: m0006.up },
  { name: '0007_contact_paging', up: m0007.up },
  { name: '0008_distribution', up: m0008.up },
  { name: '0009_conferences', up: m0009.up },
  { name: '0010_briefing', up: m0010.up },
  { name: '0011_crises', up: m0011.up },
  { name: '0012_crisis_report', up: m0012.up },
  { name: '0013_hoaxes', up: m0013.up },
  { name: '0014_audit_action_index', up: m0014.up },
  { name: '0015_golden_hour', up: m0015.up },
  { name: '0016_approver_mail', up: m0016.up },
  { name: '0017_second_walk', up: m0017.up },
  { name: '0018_feeds', up: m0018.up },
  { name: '0019_signal_review', up: m0019.up },
];

export const latestSchemaVersion = migrations.length;
