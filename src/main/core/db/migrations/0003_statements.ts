import { sql, type Kysely } from 'kysely';
import { bytesType, onServer, serverAppendOnly, serverGuard } from './portable';

// Frozen: once landed, never edit this file; add a new migration instead. (The office server's
// steps were added later beside the SQLite ones, which are unchanged: see README.)
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('approval_step')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('role', 'text', (col) => col.notNull())
    .execute();
  await db
    .insertInto('approval_step' as never)
    .values([
      { position: 0, role: 'reviewer' },
      { position: 1, role: 'approver' },
    ] as never)
    .execute();

  await db.schema
    .createTable('statement')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('number', 'text', (col) => col.unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('tags_json', 'text', (col) => col.notNull())
    .addColumn('embargo_at', 'text')
    .addColumn('embargo_zone', 'text')
    .addColumn('author_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('current_revision_id', 'text', (col) => col.notNull())
    .addColumn('revision_no', 'integer', (col) => col.notNull())
    .addColumn('chain_json', 'text', (col) => col.notNull())
    .addColumn('corrects_id', 'text', (col) => col.references('statement.id'))
    .addColumn('correction_mode', 'text')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('released_at', 'text')
    .execute();
  await db.schema.createIndex('statement_status').on('statement').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('statement_updated').on('statement').column('updated_at').execute();
  await db.schema.createIndex('statement_author').on('statement').columns(['author_id', 'updated_at']).execute();
  await db.schema.createIndex('statement_corrects').on('statement').column('corrects_id').execute();

  await db.schema
    .createTable('statement_revision')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('revision_no', 'integer', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('base_revision_id', 'text')
    .addColumn('content_json', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('statement_revision_no', ['statement_id', 'revision_no'])
    .execute();
  // A revision is a record: it is never changed or removed.
  if (onServer(db)) await serverAppendOnly(db, 'statement_revision');
  else {
    await sql`create trigger statement_revision_no_update before update on statement_revision
            begin select raise(abort, 'statement_revision is append-only'); end`.execute(db);
    await sql`create trigger statement_revision_no_delete before delete on statement_revision
            begin select raise(abort, 'statement_revision is append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('statement_approval')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('revision_id', 'text', (col) => col.notNull().references('statement_revision.id'))
    .addColumn('revision_hash', 'text', (col) => col.notNull())
    .addColumn('step_index', 'integer', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('comment', 'text', (col) => col.notNull())
    .addColumn('decided_at', 'text', (col) => col.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema
    .createIndex('statement_approval_statement')
    .on('statement_approval')
    .columns(['statement_id', 'decided_at'])
    .execute();
  // Four-eyes, held by the database itself: nobody who wrote any revision up to the one being
  // approved may approve it, and an approval must name the exact hash of that revision.
  if (onServer(db)) await approvalGuardsOnServer(db);
  else {
    await sql`create trigger statement_approval_four_eyes before insert on statement_approval
            when new.outcome = 'approved' and exists (
              select 1 from statement_revision r
              where r.statement_id = new.statement_id
                and r.author_id = new.account_id
                and r.revision_no <= (select revision_no from statement_revision where id = new.revision_id))
            begin select raise(abort, 'four-eyes: an author of this revision cannot approve it'); end`.execute(db);
    await sql`create trigger statement_approval_exact_revision before insert on statement_approval
            when new.revision_hash is not (select hash from statement_revision
                                           where id = new.revision_id and statement_id = new.statement_id)
            begin select raise(abort, 'approval names a revision hash that does not match'); end`.execute(db);
    // Decisions stay on record: only voiding (once) is allowed.
    await sql`create trigger statement_approval_void_only before update on statement_approval
            when old.voided_at is not null or new.voided_at is null
              or new.id is not old.id or new.statement_id is not old.statement_id
              or new.revision_id is not old.revision_id or new.revision_hash is not old.revision_hash
              or new.step_index is not old.step_index or new.role is not old.role
              or new.outcome is not old.outcome or new.account_id is not old.account_id
              or new.comment is not old.comment or new.decided_at is not old.decided_at
            begin select raise(abort, 'an approval can only be voided, once'); end`.execute(db);
    await sql`create trigger statement_approval_no_delete before delete on statement_approval
            begin select raise(abort, 'statement_approval is append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('statement_comment')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('revision_id', 'text', (col) => col.notNull().references('statement_revision.id'))
    .addColumn('step_index', 'integer')
    .addColumn('author_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('statement_comment_statement')
    .on('statement_comment')
    .columns(['statement_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('statement_working_copy')
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('base_revision_id', 'text', (col) => col.notNull())
    .addColumn('content_json', 'text', (col) => col.notNull())
    .addColumn('saved_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('statement_working_copy_pk', ['statement_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('statement_lock')
    .addColumn('statement_id', 'text', (col) => col.primaryKey().references('statement.id'))
    .addColumn('account_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('acquired_at', 'text', (col) => col.notNull())
    .addColumn('heartbeat_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('statement_number_counter')
    .addColumn('scope', 'text', (col) => col.primaryKey())
    .addColumn('last_value', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('attachment_blob')
    .addColumn('sha256', 'text', (col) => col.primaryKey())
    .addColumn('mime_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('data', bytesType(db), (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('statement_template')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('built_in_key', 'text', (col) => col.unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('body_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();
}

/** The approval rules above, as the office server states them (PL/pgSQL; `is distinct from` for `is not`). */
async function approvalGuardsOnServer(db: Kysely<unknown>): Promise<void> {
  await serverGuard(db, {
    name: 'statement_approval_four_eyes',
    table: 'statement_approval',
    event: 'insert',
    condition: `new.outcome = 'approved' and exists (
      select 1 from statement_revision r
      where r.statement_id = new.statement_id
        and r.author_id = new.account_id
        and r.revision_no <= (select revision_no from statement_revision where id = new.revision_id))`,
    message: 'four-eyes: an author of this revision cannot approve it',
  });
  await serverGuard(db, {
    name: 'statement_approval_exact_revision',
    table: 'statement_approval',
    event: 'insert',
    condition: `new.revision_hash is distinct from (select hash from statement_revision
      where id = new.revision_id and statement_id = new.statement_id)`,
    message: 'approval names a revision hash that does not match',
  });
  const unchanged = ['id', 'statement_id', 'revision_id', 'revision_hash', 'step_index', 'role', 'outcome']
    .concat(['account_id', 'comment', 'decided_at'])
    .map((column) => `new.${column} is distinct from old.${column}`)
    .join(' or ');
  await serverGuard(db, {
    name: 'statement_approval_void_only',
    table: 'statement_approval',
    event: 'update',
    condition: `old.voided_at is not null or new.voided_at is null or ${unchanged}`,
    message: 'an approval can only be voided, once',
  });
  await serverGuard(db, {
    name: 'statement_approval_no_delete',
    table: 'statement_approval',
    event: 'delete',
    condition: 'true',
    message: 'statement_approval is append-only',
  });
}
