import { sql, type Kysely } from 'kysely';
import { onServer } from './portable';

// Frozen: once landed, never edit this file; add a new migration instead.
// Approvers reached where they are (issue 24): the outbox gains a third kind of job, a notice to
// one person of the office (an approval waiting for them, a reminder, the stand-in's turn), and
// each notice is recorded once per approval round, step, kind and person, so that however many
// desks look, nobody is told twice. The office sets after how many minutes of an open crisis an
// approver is reminded and their stand-in told. A session records the desk it was opened on (presence).

/** The job's subject rule, now with notices: their message is made when recorded (payload). */
const subjectRule = `(kind = 'statement' and statement_id is not null and revision_id is not null and revision_hash is not null)
  or (kind = 'invitation' and conference_id is not null and payload_json is not null)
  or (kind = 'notice' and payload_json is not null)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (onServer(db)) {
    await sql`alter table distribution drop constraint distribution_subject`.execute(db);
    await sql.raw(`alter table distribution add constraint distribution_subject check (${subjectRule})`).execute(db);
  } else {
    await rebuildDistributionForSqlite(db);
  }

  await db.schema
    .createTable('approval_notice')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('revision_id', 'text', (col) => col.notNull().references('statement_revision.id'))
    // When the round began (its submission): a statement submitted again is a new round.
    .addColumn('round_started_at', 'text', (col) => col.notNull())
    .addColumn('step_index', 'integer', (col) => col.notNull())
    // 'request' (the step waits for them), 'reminder', 'standIn' (told in the place of an approver).
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    // null: the person has no e-mail address; the notice is recorded all the same (told in Siaga).
    .addColumn('distribution_id', 'text', (col) => col.references('distribution.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('approval_notice_once', [
      'statement_id',
      'round_started_at',
      'step_index',
      'kind',
      'account_id',
    ])
    .execute();

  // Presence: the desk (computer) a session was opened on, so the office sees who is signed in where.
  await db.schema
    .alterTable('session')
    .addColumn('desk', 'text', (col) => col.notNull().defaultTo(''))
    .execute();

  // Minutes of an open crisis's statement waiting at one step before its approvers are reminded,
  // and before their stand-ins are told; 0 turns either off.
  await db.schema
    .alterTable('office')
    .addColumn('approval_reminder_minutes', 'integer', (col) => col.notNull().defaultTo(10))
    .execute();
  await db.schema
    .alterTable('office')
    .addColumn('approval_stand_in_minutes', 'integer', (col) => col.notNull().defaultTo(20))
    .execute();
}

/**
 * SQLite cannot change a CHECK constraint in place: the job table is rebuilt, and with it the two
 * tables that refer to it (their references would otherwise follow the old table's rename), inside
 * the migration's one transaction (foreign keys deferred by the runner).
 */
async function rebuildDistributionForSqlite(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create table distribution_next ("id" text primary key, "request_id" text not null unique, "kind" text not null,
        "statement_id" text references "statement" ("id"), "revision_id" text references "statement_revision" ("id"),
        "revision_hash" text, "conference_id" text references "conference" ("id"), "payload_json" text,
        "channels_json" text not null, "attachment" text not null, "audience_json" text not null, "status" text not null,
        "pause_reason" text, "pause_detail" text, "resume_at" text, "not_before" text not null,
        "deadline_at" text not null, "recipient_count" integer not null,
        "created_by" text not null references "account" ("id"), "created_at" text not null,
        "updated_at" text not null, "completed_at" text, "priority" integer default 0 not null,
        constraint "distribution_subject" check (${subjectRule}))`,
    )
    .execute(db);
  await sql`insert into distribution_next select id, request_id, kind, statement_id, revision_id, revision_hash,
      conference_id, payload_json, channels_json, attachment, audience_json, status, pause_reason, pause_detail,
      resume_at, not_before, deadline_at, recipient_count, created_by, created_at, updated_at, completed_at, priority
    from distribution`.execute(db);
  await sql`create table outbox_next ("id" text primary key,
      "distribution_id" text not null references "distribution_next" ("id"),
      "contact_id" text references "contact" ("id") on delete set null, "recipient_name" text, "address" text,
      "status" text not null, "attempts" integer not null, "next_attempt_at" text not null, "last_attempt_at" text,
      "sent_at" text, "message_id" text not null, "reason" text, "reply" text, "updated_at" text not null)`.execute(db);
  await sql`insert into outbox_next select id, distribution_id, contact_id, recipient_name, address, status, attempts,
      next_attempt_at, last_attempt_at, sent_at, message_id, reason, reply, updated_at from outbox`.execute(db);
  await sql`create table release_plan_next (
      "statement_id" text primary key references "statement" ("id") on delete cascade,
      "channels_json" text not null, "audience_json" text not null, "attachment" text not null,
      "armed_by" text not null references "account" ("id"), "armed_at" text not null,
      "distribution_id" text references "distribution_next" ("id"), "blocked_reason" text)`.execute(db);
  await sql`insert into release_plan_next select statement_id, channels_json, audience_json, attachment, armed_by,
      armed_at, distribution_id, blocked_reason from release_plan`.execute(db);

  await db.schema.dropTable('outbox').execute();
  await db.schema.dropTable('release_plan').execute();
  await db.schema.dropTable('distribution').execute();
  await db.schema.alterTable('distribution_next').renameTo('distribution').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();
  await db.schema.alterTable('release_plan_next').renameTo('release_plan').execute();

  await db.schema
    .createIndex('distribution_statement')
    .on('distribution')
    .columns(['statement_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('distribution_conference')
    .on('distribution')
    .columns(['conference_id', 'created_at'])
    .execute();
  await db.schema.createIndex('distribution_status').on('distribution').column('status').execute();
  await db.schema
    .createIndex('outbox_job_address')
    .on('outbox')
    .columns(['distribution_id', 'address'])
    .unique()
    .execute();
  await db.schema.createIndex('outbox_job_status').on('outbox').columns(['distribution_id', 'status']).execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_contact').on('outbox').column('contact_id').execute();
}
