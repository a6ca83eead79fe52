import type { StatementContent } from '../../../shared/ipc/statements';
import { appendAudit } from '../audit/auditChain';
import type { Store } from '../db/store';
import { transact } from '../db/transaction';
import type { EventBus } from '../kernel/eventBus';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { readAttachment, uploadAttachment } from './attachments';
import { armedReleasesAllowed, readChains, replaceChain } from './chainRepository';
import { createStandIns } from './standIns';
import { exportStatement } from './exportService';
import { listPeople } from './statementRepository';
import { listStatements, myTasks, readRevision, statementTimeline } from './statementQueries';
import type { StatementService } from './statementService';
import type { createTemplateService } from './templateService';

interface StatementHandlerDeps {
  store: Store;
  events: EventBus;
  now: () => Date;
  statements: StatementService;
  templates: ReturnType<typeof createTemplateService>;
}

// The contract's parsed content has a normalized body; its type says `RichDoc` only after the transform.
const content = (value: unknown) => value as StatementContent;

export function statementsHandlers(deps: StatementHandlerDeps): HandlersFor<DomainChannel<'statements'>> {
  const { db } = deps.store.connection;
  const { statements, templates } = deps;
  const standIns = createStandIns({ db, events: deps.events, now: deps.now });
  return {
    'statements.list': (input) => listStatements(db, input),
    'statements.myTasks': (_input, context) => myTasks(db, context.actor, deps.now()),
    'statements.get': ({ id }, context) => statements.read(id, context.actor),
    'statements.create': (input, context) => statements.create(input, context.actor),
    'statements.save': (input, context) =>
      statements.save({ ...input, content: content(input.content) }, context.actor),
    'statements.autosave': (input, context) =>
      statements.autosave({ ...input, content: content(input.content) }, context.actor),
    'statements.discardWorkingCopy': async ({ id }, context) => {
      await statements.discardWorkingCopy(id, context.actor);
      return {};
    },
    'statements.lock': (input, context) => statements.lock(input, context.actor),
    'statements.unlock': async ({ id }, context) => {
      await statements.unlock(id, context.actor);
      return {};
    },
    'statements.submit': (input, context) => statements.submit(input, context.actor),
    'statements.approve': (input, context) => statements.approve(input, context.actor),
    'statements.requestChanges': (input, context) => statements.requestChanges(input, context.actor),
    'statements.withdraw': (input, context) => statements.withdraw(input, context.actor),
    'statements.release': ({ id }, context) => statements.release(id, context.actor),
    'statements.correct': (input, context) => statements.correct(input, context.actor),
    'statements.comment': (input, context) => statements.comment(input, context.actor),
    'statements.timeline': ({ id }) => statementTimeline(db, id),
    'statements.revision': ({ id, revisionId }) => readRevision(db, id, revisionId),
    'statements.export': ({ id, format, revisionId }) => exportStatement(db, id, format, revisionId),
    'statements.uploadAttachment': (input, context) => uploadAttachment(db, input, context.actor, deps.now()),
    'statements.attachment': ({ statementId, sha256 }) => readAttachment(db, statementId, sha256),
    'statements.templates': ({ kind }) => templates.list(kind),
    'statements.saveTemplate': (input, context) => templates.save(input, context.actor),
    'statements.deleteTemplate': async ({ id }, context) => {
      await templates.archive(id, context.actor);
      return {};
    },
    'statements.chain': () => readChains(db),
    'statements.updateChain': async ({ kind, steps }, context) => {
      const actor = context.actor;
      await transact(db, async ({ trx, afterCommit }) => {
        const before = (await readChains(trx)).chains.find((chain) => chain.kind === kind)?.steps ?? null;
        await replaceChain(trx, kind, steps);
        const roles = (list: { roles: string[] }[] | null) => list?.map((step) => step.roles.join('|')) ?? null;
        await appendAudit(
          trx,
          {
            actorId: actor.accountId,
            action: 'approvalChain.updated',
            entityType: 'office',
            entityId: 'approvalChain',
            data: { kind, before: roles(before), after: roles(steps) },
          },
          deps.now().toISOString(),
        );
        afterCommit(() => deps.events.emit('statements.changed', { statementId: null }));
      });
      return readChains(db);
    },
    'statements.updateReleasePolicy': async ({ armedReleases }, context) => {
      const actor = context.actor;
      await transact(db, async ({ trx, afterCommit }) => {
        const before = await armedReleasesAllowed(trx);
        await trx
          .updateTable('office')
          .set({ armed_releases: armedReleases ? 1 : 0 })
          .execute();
        await appendAudit(
          trx,
          {
            actorId: actor.accountId,
            action: 'approvalChain.releasePolicy',
            entityType: 'office',
            entityId: 'approvalChain',
            data: { before, after: armedReleases },
          },
          deps.now().toISOString(),
        );
        afterCommit(() => deps.events.emit('statements.changed', { statementId: null }));
      });
      return readChains(db);
    },
    'statements.people': () => listPeople(db),
    'statements.standIns': () => standIns.list(),
    'statements.nameStandIn': (input, context) => standIns.name(input, context.actor),
    'statements.revokeStandIn': async ({ id }, context) => {
      await standIns.revoke(id, context.actor);
      return {};
    },
  };
}
