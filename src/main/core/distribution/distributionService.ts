import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  createDistributionSchema,
  DistributionPreview,
  mailSettingsInputSchema,
  previewInputSchema,
} from '../../../shared/ipc/distribution';
import type { SendReason } from '../../../shared/distribution/vocabulary';
import { renderCaption } from '../../../shared/statements/outputs/captionOutput';
import { renderWhatsApp } from '../../../shared/statements/outputs/whatsappOutput';
import { renderXThread } from '../../../shared/statements/outputs/xThreadOutput';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { CoreDeps } from '../kernel/coreDeps';
import type { WriteScope } from '../kernel/writeScope';
import { readStatement } from '../statements/statementView';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { officeToday } from '../office/officeToday';
import type { SecretStore } from '../security/secretStore';
import { outputInput } from '../statements/exportService';
import type { StatementHooks } from '../statements/statementHooks';
import { releaseIfApproved } from '../statements/release';
import { findStatementRow } from '../statements/statementRepository';
import { resolveAudience } from './audience';
import { readDistribution } from './distributionQueries';
import { settleJobs } from './jobState';
import { composeMessage, mailContent } from './mailMessage';
import { insertOutboxRows } from './outboxRows';
import { mailSettingsView, readMailSettingsRow } from './mailSettings';
import { mailTransport } from './mailTransport';
import type { OutboxSender } from './outboxSender';
import type { ProgressEmitter } from './progress';
import { classifySendError } from './smtpErrors';
import { whatsappLinks } from './whatsappLinks';
import {
  crisisAudienceOf,
  crisisReleaseChannels,
  planBlocked,
  readReleasePlan,
  writeReleasePlan,
  type PlanChoice,
} from './releasePlan';
import { rolesAllow } from '../../../shared/permissions';
import { armedReleasesAllowed } from '../statements/chainRepository';
import type { ReleaseAudience } from '../../../shared/ipc/releasePlan';
import type { DistributionChannel } from '../../../shared/distribution/vocabulary';

type SettingsInput = z.output<typeof mailSettingsInputSchema>;
type CreateInput = z.output<typeof createDistributionSchema>;
type PreviewInput = z.output<typeof previewInputSchema>;

const conflict = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
  new CoreError('CONFLICT', message, { reason, ...extra });

/** Only an approved revision goes out; a released one may go out again (to more people). */
const distributable = new Set(['approved', 'released']);

export function createDistributionService(
  deps: CoreDeps & {
    secrets: SecretStore;
    statementHooks: StatementHooks;
    sender: OutboxSender;
    progress: ProgressEmitter;
  },
) {
  const { db, sqlite } = deps.store.connection;

  async function settings() {
    const row = await readMailSettingsRow(db);
    return mailSettingsView(row, (await deps.secrets.read('smtpPassword')) !== null);
  }

  /** The statement as it may be distributed: approved (or released), and still this revision. */
  async function distributableStatement(trx: Kysely<Database>, statementId: string, revisionId?: string) {
    const row = await findStatementRow(trx, statementId);
    if (!row) throw notFound('statement', statementId);
    if (!distributable.has(row.status)) {
      throw conflict('notApproved', 'Only an approved statement can be distributed', { status: row.status });
    }
    if (revisionId && row.current_revision_id !== revisionId) {
      throw conflict('staleRevision', 'The statement changed after this preview', { revisionNo: row.revision_no });
    }
    return row;
  }

  /** A person's change of a job's state, audited; refused unless the job is in one of `from`. */
  async function transition(
    id: string,
    actor: SessionActor,
    from: readonly string[],
    action: string,
    work: (scope: {
      trx: Transaction<Database>;
      at: string;
      /** null for an invitation job. */
      statementId: string | null;
    }) => Promise<void>,
  ) {
    await deps.write(actor, async (scope) => {
      const job = await scope.trx.selectFrom('distribution').selectAll().where('id', '=', id).executeTakeFirst();
      if (!job) throw notFound('distribution', id);
      if (!from.includes(job.status)) {
        throw conflict('distributionWrongStatus', `Distribution is ${job.status}`, { status: job.status });
      }
      const { at } = scope;
      await work({ trx: scope.trx, at, statementId: job.statement_id });
      await scope.audit(action, 'distribution', id, { fromStatus: job.status });
      if (action === 'distribution.cancelled') {
        const sent = await scope.trx
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('distribution_id', '=', id)
          .where('status', '=', 'sent')
          .executeTakeFirstOrThrow();
        // Whoever got it has it: a cancelled job that reached people still released the statement.
        if (Number(sent.n) > 0 && job.statement_id) {
          await releaseIfApproved(
            scope,
            job.statement_id,
            { byAccountId: actor.accountId, at, distributionId: id },
            deps.statementHooks,
          );
        }
      }
      scope.afterCommit(() => {
        deps.progress(id);
        deps.sender.wake();
      });
    });
    return readDistribution(db, id);
  }

  /**
   * One job for an approved revision, inside the caller's transaction: the job, one outbox row
   * per recipient, the audit event. A release of a statement in an open crisis goes ahead of
   * everything else in the outbox (priority 1).
   */
  async function createJob(
    scope: WriteScope,
    input: Omit<CreateInput, 'audience'> & { audience: Required<CreateInput['audience']> },
    actor: Pick<SessionActor, 'accountId'>,
    today: string,
  ): Promise<string> {
    const { trx } = scope;
    const email = input.channels.includes('email');
    const statement = await distributableStatement(trx, input.statementId, input.revisionId);
    const revision = await trx
      .selectFrom('statement_revision')
      .select(['hash'])
      .where('id', '=', statement.current_revision_id)
      .executeTakeFirstOrThrow();
    const settingsRow = email ? await readMailSettingsRow(trx) : undefined;
    if (email && !settingsRow) throw conflict('smtpNotConfigured', 'No mail server is set up');
    const recipients = email ? (await resolveAudience(trx, input.audience, today)).recipients : [];
    if (email && recipients.length === 0) throw conflict('noRecipients', 'Nobody chosen can receive e-mail');

    const { now, at } = scope;
    const notBefore = [at, input.sendAt, statement.embargo_at]
      .filter((v): v is string => !!v)
      .sort()
      .at(-1)!;
    const retryHours = settingsRow?.retry_hours ?? 24;
    const deadline = new Date(Math.max(Date.parse(notBefore), now.getTime()) + retryHours * 3_600_000).toISOString();
    const inOpenCrisis = await trx
      .selectFrom('crisis_statement')
      .innerJoin('crisis', 'crisis.id', 'crisis_statement.crisis_id')
      .select('crisis.id')
      .where('crisis_statement.statement_id', '=', statement.id)
      .where('crisis.status', '=', 'open')
      .executeTakeFirst();
    const jobId = newId();
    await trx
      .insertInto('distribution')
      .values({
        id: jobId,
        request_id: input.requestId,
        kind: 'statement',
        conference_id: null,
        payload_json: null,
        statement_id: statement.id,
        revision_id: statement.current_revision_id,
        revision_hash: revision.hash,
        channels_json: JSON.stringify(input.channels),
        attachment: email ? input.attachment : 'none',
        audience_json: JSON.stringify(input.audience),
        status: notBefore > at ? 'scheduled' : 'sending',
        pause_reason: null,
        pause_detail: null,
        resume_at: null,
        not_before: notBefore,
        deadline_at: deadline,
        recipient_count: recipients.length,
        priority: inOpenCrisis ? 1 : 0,
        created_by: actor.accountId,
        created_at: at,
        updated_at: at,
        completed_at: null,
      })
      .execute();
    insertOutboxRows(sqlite, jobId, recipients, settingsRow?.from_address ?? '', notBefore, at);
    await scope.audit(
      'distribution.created',
      'distribution',
      jobId,
      {
        statementId: statement.id,
        revisionHash: revision.hash,
        channels: input.channels,
        recipients: recipients.length,
        notBefore,
      },
      actor.accountId,
    );
    // Channels without e-mail are complete the moment they are recorded.
    if (recipients.length === 0 && notBefore <= at) {
      await trx.updateTable('distribution').set({ status: 'sending' }).where('id', '=', jobId).execute();
      await settleJobs(scope, [jobId], at, deps.statementHooks);
    }
    scope.afterCommit(() => {
      deps.events.emit('statements.changed', { statementId: statement.id });
      deps.progress(jobId);
      deps.sender.wake();
    });
    return jobId;
  }

  /**
   * The final approval sends the release armed on the statement, in its own transaction: the job
   * exists the moment the statement is approved. If it cannot go (the mail server was removed,
   * everybody chosen opted out since), the approval stands and the plan says why; a person
   * distributes by hand.
   */
  deps.statementHooks.releasePlanOf = readReleasePlan;
  /**
   * A statement written for a crisis is armed at once with the audience the crisis chose, when the
   * drafter may distribute and it can go (a mail server, somebody reachable); otherwise it is left
   * for the drafter to arm or distribute by hand.
   */
  deps.statementHooks.joinedCrisis.push(async (w, statementId) => {
    const { trx, at, actor } = w;
    const audience = await crisisAudienceOf(trx, statementId);
    if (!audience || !rolesAllow(actor.roles, 'distribution.send') || !(await armedReleasesAllowed(trx))) return;
    const plan = { channels: crisisReleaseChannels, audience, attachment: 'pdf' as const };
    if (await planBlocked(trx, plan, await officeToday(trx, w.now))) return;
    await writeReleasePlan(trx, statementId, plan, actor.accountId, at, (action, data) =>
      w.audit(action, 'statement', statementId, data),
    );
  });

  deps.statementHooks.finallyApproved.push(async (scope, statementId) => {
    const { actor } = scope;
    const plan = await scope.trx
      .selectFrom('release_plan')
      .selectAll()
      .where('statement_id', '=', statementId)
      .where('distribution_id', 'is', null)
      .executeTakeFirst();
    if (!plan) return;
    const choice: PlanChoice = {
      channels: JSON.parse(plan.channels_json) as DistributionChannel[],
      audience: JSON.parse(plan.audience_json) as ReleaseAudience,
      attachment: plan.attachment,
    };
    const block = (reason: string) =>
      scope.trx
        .updateTable('release_plan')
        .set({ blocked_reason: reason })
        .where('statement_id', '=', statementId)
        .execute();
    // Armed before the office turned arming off: not sent by itself, the desk distributes.
    if (!(await armedReleasesAllowed(scope.trx))) {
      await block('armedReleasesOff');
      return;
    }
    const statement = await scope.trx
      .selectFrom('statement')
      .select('current_revision_id')
      .where('id', '=', statementId)
      .executeTakeFirstOrThrow();
    let jobId: string;
    try {
      jobId = await createJob(
        scope,
        {
          requestId: newId(),
          statementId,
          revisionId: statement.current_revision_id,
          channels: choice.channels,
          audience: choice.audience,
          attachment: choice.attachment,
          sendAt: null,
        },
        actor,
        await officeToday(scope.trx, deps.now()),
      );
    } catch (error) {
      // createJob refuses these before it writes anything: the approval stands, the plan says why.
      const reason = error instanceof CoreError ? error.details?.reason : undefined;
      if (reason !== 'smtpNotConfigured' && reason !== 'noRecipients') throw error;
      await block(reason);
      return;
    }
    await scope.trx
      .updateTable('release_plan')
      .set({ distribution_id: jobId, blocked_reason: null })
      .where('statement_id', '=', statementId)
      .execute();
  });

  return {
    settings,

    /**
     * Arms (or disarms) the release of a statement not yet approved. Refused once an approver has
     * decided in this round: what they approved included what would be sent.
     */
    async arm(input: { statementId: string; plan: PlanChoice | null }, actor: SessionActor) {
      await deps.write(actor, async (w) => {
        const { trx, at } = w;
        const row = await findStatementRow(trx, input.statementId);
        if (!row) throw notFound('statement', input.statementId);
        if (!['draft', 'changes_requested', 'in_review'].includes(row.status)) {
          throw conflict('statementWrongStatus', `Statement is ${row.status}`, { status: row.status });
        }
        const decided = await trx
          .selectFrom('statement_approval')
          .select('id')
          .where('statement_id', '=', row.id)
          .where('voided_at', 'is', null)
          .executeTakeFirst();
        if (decided) throw conflict('releaseAfterDecision', 'An approver has already decided on this round');
        if (input.plan && !(await armedReleasesAllowed(trx))) {
          throw conflict('armedReleasesOff', 'This office distributes separately after approval');
        }
        if (input.plan) {
          const blocked = await planBlocked(trx, input.plan, await officeToday(trx, deps.now()));
          if (blocked) throw conflict(blocked, 'This release cannot be sent');
        }
        await writeReleasePlan(trx, row.id, input.plan, actor.accountId, at, (action, data) =>
          w.audit(action, 'statement', row.id, data),
        );
        w.emit('statements.changed', { statementId: row.id });
      });
      return readStatement(db, input.statementId, actor, deps.now(), deps.statementHooks);
    },

    async saveSettings(input: SettingsInput, actor: SessionActor) {
      const at = deps.now().toISOString();
      const before = await readMailSettingsRow(db);
      const values = {
        host: input.host,
        port: input.port,
        security: input.security,
        username: input.username,
        from_name: input.fromName,
        from_address: input.fromAddress,
        reply_to: input.replyTo,
        per_minute: input.perMinute,
        per_day: input.perDay,
        retry_hours: input.retryHours,
        updated_at: at,
      };
      // The secret first: a settings row that names a password the store never kept would fail later, silently.
      if (input.password !== undefined)
        await deps.secrets.write('smtpPassword', input.password === '' ? null : input.password);
      await deps.write(actor, async (w) => {
        const { trx } = w;
        if (before) await trx.updateTable('mail_settings').set(values).where('id', '=', 1).execute();
        else
          await trx
            .insertInto('mail_settings')
            .values({ id: 1, ...values })
            .execute();
        const changed = Object.entries(values)
          .filter(([key, value]) => key !== 'updated_at' && (!before || before[key as keyof typeof before] !== value))
          .map(([key]) => key);
        if (input.password !== undefined) changed.push('password');
        await w.audit('mail.settingsChanged', 'mail_settings', '1', { fields: changed });
      });
      deps.sender.settingsChanged();
      return settings();
    },

    /** Connects, signs in and sends one message, answering in words the administrator can act on. */
    async testSettings(to: string, actor: SessionActor) {
      const row = await readMailSettingsRow(db);
      if (!row) return { delivered: false, reason: 'smtpNotConfigured' as SendReason, detail: null };
      const transporter = mailTransport(row, await deps.secrets.read('smtpPassword'), { pool: false });
      try {
        const office = await db.selectFrom('office').select(['agency_name']).executeTakeFirst();
        const subject = `Siaga: uji surel / test mail — ${office?.agency_name ?? ''}`;
        const text = `Pesan uji dari Siaga. Pengaturan server surel berfungsi.\n\nA test message from Siaga. The mail server settings work.\n`;
        await transporter.sendMail(
          composeMessage(
            row,
            { subject, html: `<p>${text.replace(/\n/g, '<br>')}</p>`, text, headers: {}, attachments: [] },
            { name: actor.fullName, address: to },
            `<test.${newId()}@${row.from_address.split('@')[1] ?? 'siaga.invalid'}>`,
          ),
        );
        return { delivered: true, reason: null, detail: null };
      } catch (error) {
        const failure = classifySendError(error);
        return { delivered: false, reason: failure.reason, detail: failure.detail };
      } finally {
        transporter.close();
      }
    },

    async audienceCount(audience: CreateInput['audience']) {
      const resolved = await resolveAudience(db, audience, await officeToday(db, deps.now()));
      return { recipients: resolved.recipients.length };
    },

    /** Everything the dialog shows before anything is sent: counts, and each channel's text. */
    async preview(input: PreviewInput): Promise<DistributionPreview> {
      const row = await findStatementRow(db, input.statementId);
      if (!row) throw notFound('statement', input.statementId);
      const output = await outputInput(db, row.id);
      const revision = await db
        .selectFrom('statement_revision')
        .select(['hash'])
        .where('id', '=', row.current_revision_id)
        .executeTakeFirstOrThrow();
      const resolved = await resolveAudience(db, input.audience, await officeToday(db, deps.now()));
      const email = await mailContent(output, revision.hash, 'none');
      const whatsapp = renderWhatsApp(output);
      const mail = await readMailSettingsRow(db);
      return {
        statementId: row.id,
        revisionId: row.current_revision_id,
        revisionNo: row.revision_no,
        blocked: distributable.has(row.status) ? null : 'notApproved',
        embargoAt: row.embargo_at,
        recipients: resolved.recipients.length,
        skipped: resolved.skipped,
        email: { subject: email.subject, html: email.html, text: email.text },
        whatsapp,
        whatsappLinks: await whatsappLinks(db, resolved.reachableIds, whatsapp),
        xThread: renderXThread(output),
        caption: renderCaption(output),
        mailConfigured: mail !== undefined,
      };
    },

    async create(input: CreateInput, actor: SessionActor) {
      const existing = await db
        .selectFrom('distribution')
        .select('id')
        .where('request_id', '=', input.requestId)
        .executeTakeFirst();
      if (existing) return readDistribution(db, existing.id);
      const today = await officeToday(db, deps.now());
      const id = await deps.write(actor, async (scope) => {
        // Checked again inside the transaction: a double click racing itself finds the first job.
        const again = await scope.trx
          .selectFrom('distribution')
          .select('id')
          .where('request_id', '=', input.requestId)
          .executeTakeFirst();
        if (again) return again.id;
        return createJob(scope, input, actor, today);
      });
      return readDistribution(db, id);
    },

    pause: (id: string, actor: SessionActor) =>
      transition(id, actor, ['sending', 'scheduled'], 'distribution.paused', async ({ trx, at }) => {
        await trx
          .updateTable('distribution')
          .set({ status: 'paused', pause_reason: 'byPerson', pause_detail: null, resume_at: null, updated_at: at })
          .where('id', '=', id)
          .execute();
      }),

    resume: (id: string, actor: SessionActor) =>
      transition(id, actor, ['paused'], 'distribution.resumed', async ({ trx, at, statementId }) => {
        const job = await trx
          .selectFrom('distribution')
          .select(['revision_id', 'not_before'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        if (statementId && job.revision_id) await distributableStatement(trx, statementId, job.revision_id);
        await trx
          .updateTable('distribution')
          .set({
            status: job.not_before > at ? 'scheduled' : 'sending',
            pause_reason: null,
            pause_detail: null,
            resume_at: null,
            updated_at: at,
          })
          .where('id', '=', id)
          .execute();
      }),

    cancel: (id: string, actor: SessionActor) =>
      transition(id, actor, ['sending', 'scheduled', 'paused'], 'distribution.cancelled', async ({ trx, at }) => {
        await trx
          .updateTable('outbox')
          .set({ status: 'cancelled', reason: 'byPerson', updated_at: at })
          .where('distribution_id', '=', id)
          .where('status', 'in', ['queued', 'retry', 'unknown'])
          .execute();
        await trx
          .updateTable('distribution')
          .set({ status: 'cancelled', completed_at: at, updated_at: at, resume_at: null })
          .where('id', '=', id)
          .execute();
      }),

    /** Failed recipients get another chance (after the address was fixed, or the server recovered). */
    retryFailed: (id: string, actor: SessionActor) =>
      transition(
        id,
        actor,
        ['completed', 'sending', 'paused'],
        'distribution.retried',
        async ({ trx, at, statementId }) => {
          const job = await trx
            .selectFrom('distribution')
            .select(['revision_id', 'status'])
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          if (statementId && job.revision_id) await distributableStatement(trx, statementId, job.revision_id);
          const settingsRow = await readMailSettingsRow(trx);
          const failed = await trx
            .updateTable('outbox')
            .set({ status: 'queued', reason: null, next_attempt_at: at, updated_at: at })
            .where('distribution_id', '=', id)
            .where('status', '=', 'failed')
            .where('address', 'is not', null)
            .executeTakeFirst();
          if (Number(failed.numUpdatedRows) === 0)
            throw conflict('nothingToRetry', 'No recipient of this distribution failed');
          const deadline = new Date(Date.parse(at) + (settingsRow?.retry_hours ?? 24) * 3_600_000).toISOString();
          await trx
            .updateTable('distribution')
            .set({
              status: job.status === 'paused' ? 'paused' : 'sending',
              completed_at: null,
              deadline_at: deadline,
              updated_at: at,
            })
            .where('id', '=', id)
            .execute();
        },
      ),
  };
}

export type DistributionService = ReturnType<typeof createDistributionService>;
