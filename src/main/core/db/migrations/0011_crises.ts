import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// Crises: the record and its team, the phase history, the office's playbook (seeded with the
// method's defaults, in Indonesian, which the office may edit) and each crisis's own checklist
// copied from it (so editing the playbook never rewrites a past crisis), the manual log and the
// official figures (versioned: a new value never overwrites the one statements may have quoted).
// Agencies and their liaisons, each crisis's stakeholder map and coordination requests.
// Golden-hour targets join the office profile.

const defaults: [phase: string, type: string | null, text: string][] = [
  ['pre', null, 'Pantau situasi dan isu yang berkembang'],
  ['pre', null, 'Identifikasi risiko dan pemangku kepentingan'],
  ['pre', null, 'Siapkan rencana komunikasi krisis'],
  ['initial', null, 'Sampaikan informasi awal yang cepat dan akurat (pernyataan awal)'],
  ['initial', null, 'Tetapkan satu juru bicara resmi'],
  ['initial', null, 'Bentuk tim krisis dan bagi peran'],
  ['ongoing', null, 'Sampaikan pembaruan berkala sesuai waktu yang dijanjikan'],
  ['ongoing', null, 'Klarifikasi hoaks yang beredar'],
  ['ongoing', null, 'Koordinasikan informasi dengan instansi terkait'],
  ['post', null, 'Lakukan evaluasi penanganan krisis'],
  ['post', null, 'Susun dan publikasikan laporan evaluasi yang transparan'],
  ['post', null, 'Pulihkan kepercayaan publik'],
  ['initial', 'natural_disaster', 'Selaraskan data korban dan pengungsi dengan BPBD'],
  ['initial', 'public_health', 'Selaraskan data kasus dengan Dinas Kesehatan'],
  ['initial', 'security', 'Selaraskan informasi dengan kepolisian sebelum dirilis'],
  ['initial', 'cyber_data_leak', 'Beri tahu subjek data yang terdampak paling lambat 3×24 jam (UU 27/2022 Pasal 46)'],
  ['initial', 'cyber_data_leak', 'Laporkan insiden ke BSSN dan lembaga pelindungan data pribadi'],
  ['initial', 'service_outage', 'Umumkan layanan yang terdampak dan perkiraan waktu pemulihan'],
  ['ongoing', 'socio_political', 'Pastikan setiap pernyataan netral dan berbasis data'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('office')
    .addColumn('golden_hour_json', 'text', (col) => col.notNull().defaultTo('[15,30,60]'))
    .execute();

  await db.schema
    .createTable('crisis')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('severity', 'integer', (col) => col.notNull())
    .addColumn('regions_json', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('first_signal_at', 'text', (col) => col.notNull())
    .addColumn('phase', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('lead_spokesperson_id', 'text', (col) => col.references('account.id'))
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .addCheckConstraint('crisis_severity', sql`severity between 1 and 4`)
    .addCheckConstraint('crisis_phase', sql`phase in ('pre', 'initial', 'ongoing', 'post')`)
    .addCheckConstraint('crisis_status', sql`status in ('open', 'closed')`)
    .execute();
  await db.schema.createIndex('crisis_status_signal').on('crisis').columns(['status', 'first_signal_at']).execute();

  // The team: deputies of the spokesperson and the crisis roles (one person may hold several).
  await db.schema
    .createTable('crisis_member')
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('crisis_member_pk', ['crisis_id', 'account_id', 'role'])
    .execute();
  await db.schema.createIndex('crisis_member_account').on('crisis_member').columns(['account_id']).execute();

  await db.schema
    .createTable('crisis_phase_change')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('from_phase', 'text')
    .addColumn('to_phase', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('changed_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('crisis_phase_change_crisis')
    .on('crisis_phase_change')
    .columns(['crisis_id', 'changed_at'])
    .execute();

  // The office's playbook: items per phase, for every crisis (type null) or one type.
  await db.schema
    .createTable('playbook_item')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('phase', 'text', (col) => col.notNull())
    .addColumn('crisis_type', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  const at = new Date().toISOString();
  for (const [position, [phase, type, text]] of defaults.entries()) {
    await sql`insert into playbook_item (id, phase, crisis_type, text, position, archived_at, created_at, updated_at)
      values (${randomUUID()}, ${phase}, ${type}, ${text}, ${position}, null, ${at}, ${at})`.execute(db);
  }

  // A crisis's own checklist, copied from the playbook when the crisis opens; ticks with who and when.
  await db.schema
    .createTable('crisis_checklist_item')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('phase', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('playbook_item_id', 'text', (col) => col.references('playbook_item.id'))
    .addColumn('done_by', 'text', (col) => col.references('account.id'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('crisis_checklist_crisis')
    .on('crisis_checklist_item')
    .columns(['crisis_id', 'phase', 'position'])
    .execute();

  // What the desk hears and notes ("BPBD melaporkan 12 KK mengungsi"), at the time it happened.
  await db.schema
    .createTable('crisis_log')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('crisis_log_crisis').on('crisis_log').columns(['crisis_id', 'at']).execute();

  // Official figures: one row per version of a series (victims, evacuees, ...); the highest
  // version of a series is current, the others are superseded but kept.
  await db.schema
    .createTable('official_figure')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('series_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('value', 'real', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('as_of', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('official_figure_version', ['series_id', 'version'])
    .execute();
  await db.schema
    .createIndex('official_figure_crisis')
    .on('official_figure')
    .columns(['crisis_id', 'series_id', 'version'])
    .execute();

  // A statement belongs to at most one crisis (conferences carry crisis_id since 0009).
  await db.schema
    .createTable('crisis_statement')
    .addColumn('statement_id', 'text', (col) => col.primaryKey().references('statement.id'))
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('linked_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('linked_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('crisis_statement_crisis').on('crisis_statement').columns(['crisis_id']).execute();
  await db.schema.createIndex('conference_crisis').on('conference').columns(['crisis_id', 'starts_at']).execute();

  // The directory of agencies the office coordinates with, and their liaison people.
  await db.schema
    .createTable('agency')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('region_code', 'text')
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('agency_liaison')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('agency_id', 'text', (col) => col.notNull().references('agency.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('position', 'text', (col) => col.notNull())
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('position_order', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('agency_liaison_agency').on('agency_liaison').columns(['agency_id']).execute();

  // Per crisis: who is involved, their role and responsibility, influence and interest (1–3 each,
  // the grid of the stakeholder map).
  await db.schema
    .createTable('crisis_stakeholder')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (col) => col.notNull().references('agency.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('responsibility', 'text', (col) => col.notNull())
    .addColumn('influence', 'integer', (col) => col.notNull())
    .addColumn('interest', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('crisis_stakeholder_agency', ['crisis_id', 'agency_id'])
    .addCheckConstraint('crisis_stakeholder_grid', sql`influence between 1 and 3 and interest between 1 and 3`)
    .execute();

  // Requests to agencies ("data pengungsi per 12.00") with a due time, tracked to an answer.
  await db.schema
    .createTable('coordination_request')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (col) => col.notNull().references('agency.id'))
    .addColumn('request', 'text', (col) => col.notNull())
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('response', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .addCheckConstraint('coordination_request_status', sql`status in ('open', 'answered', 'cancelled')`)
    .execute();
  await db.schema
    .createIndex('coordination_request_crisis')
    .on('coordination_request')
    .columns(['crisis_id', 'status', 'due_at'])
    .execute();
}
