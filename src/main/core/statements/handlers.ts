import type { StatementContent } from '../../../shared/ipc/statements';
import type { CoreDeps } from '../kernel/coreDeps';
import type { SessionActor } from '../kernel/context';
import { writeThen } from '../kernel/writeScope';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { readAttachment, uploadAttachment } from './attachments';
import { approvalReminders, armedReleasesAllowed, readChains, replaceChain } from './chainRepository';
import { listStandIns, nameStandIn, revokeStandIn } from './standIns';
import { exportStatement } from './exportService';
import { listPeople } from './statementRepository';
import { listStatements, myTasks, readRevision, statementTimeline } from './statementQueries';
import {
  autosave,
  comment,
  correct,
  createStatement,
  discardWorkingCopy,
  lock,
  saveStatement,
  unlock,
} from './drafting';
import { releaseStatement } from './release';
import { decide, submit, withdraw } from './review';
import type { StatementHooks } from './statementHooks';
import { readStatement } from './statementView';
import { archiveTemplate, findTemplate, listTemplates, saveTemplate } from './templateService';
import { notFound } from '../kernel/errors';

interface StatementHandlerDeps extends CoreDeps {
  hooks: StatementHooks;
}

// The contract's parsed content has a normalized body; its type says `RichDoc` only after the transform.
const content = (value: unknown) => value as StatementContent;

export function statementsHandlers(deps: StatementHandlerDeps): HandlersFor<DomainChannel<'statements'>> {
  const { db } = deps.store.connection;
  const { hooks, write } = deps;
  const read = (id: string, actor: SessionActor) => readStatement(db, id, actor, deps.now(), hooks);
  /** A write on one statement by the caller, then the statement as they now see it. */
  const changeThen = writeThen(write, read);
  return {
    'statements.list': (input) => listStatements(db, input),
    'statements.myTasks': (_input, { actor }) => myTasks(db, actor, deps.now()),
    'statements.get': ({ id }, { actor }) => read(id, actor),
    'statements.create': async (input, { actor }) =>
      read(await write(actor, (w) => createStatement(w, input, hooks)), actor),
    'statements.save': (input, { actor }) =>
      changeThen(input.id, actor, (w) => saveStatement(w, { ...input, content: content(input.content) })),
    'statements.autosave': (input, { actor }) =>
      write(actor, (w) => autosave(w, { ...input, content: content(input.content) })),
    'statements.discardWorkingCopy': async ({ id }, { actor }) => {
      await write(actor, (w) => discardWorkingCopy(w, id));
      return {};
    },
    'statements.lock': (input, { actor }) => write(actor, (w) => lock(w, input)),
    'statements.unlock': async ({ id }, { actor }) => {
      await write(actor, (w) => unlock(w, id));
      return {};
    },
    'statements.submit': (input, { actor }) => changeThen(input.id, actor, (w) => submit(w, input, hooks)),
    'statements.approve': (input, { actor }) => changeThen(input.id, actor, (w) => decide(w, input, 'approved', hooks)),
    'statements.requestChanges': (input, { actor }) =>
      changeThen(input.id, actor, (w) => decide(w, input, 'changes_requested', hooks)),
    'statements.withdraw': (input, { actor }) => changeThen(input.id, actor, (w) => withdraw(w, input)),
    'statements.release': ({ id }, { actor }) => changeThen(id, actor, (w) => releaseStatement(w, id, hooks)),
    'statements.correct': async (input, { actor }) => read(await write(actor, (w) => correct(w, input)), actor),
    'statements.comment': (input, { actor }) => write(actor, (w) => comment(w, input)),
    'statements.timeline': ({ id }) => statementTimeline(db, id),
    'statements.revision': ({ id, revisionId }) => readRevision(db, id, revisionId),
    'statements.export': ({ id, format, revisionId }) => exportStatement(db, id, format, revisionId),
    'statements.uploadAttachment': (input, { actor }) => write(actor, (w) => uploadAttachment(w, input)),
    'statements.attachment': ({ statementId, sha256 }) => readAttachment(db, statementId, sha256),
    'statements.templates': ({ kind }) => listTemplates(db, kind),
    'statements.saveTemplate': async (input, { actor }) => {
      const id = await write(actor, (w) => saveTemplate(w, input));
      const saved = await findTemplate(db, id);
      if (!saved) throw notFound('template', id);
      return saved;
    },
    'statements.deleteTemplate': async ({ id }, { actor }) => {
      await write(actor, (w) => archiveTemplate(w, id));
      return {};
    },
    'statements.chain': () => readChains(db),
    'statements.updateChain': async ({ kind, steps }, context) => {
      await write(context.actor, async (w) => {
        const { trx } = w;
        const before = (await readChains(trx)).chains.find((chain) => chain.kind === kind)?.steps ?? null;
        await replaceChain(trx, kind, steps);
        const roles = (list: { roles: string[] }[] | null) => list?.map((step) => step.roles.join('|')) ?? null;
        await w.audit('approvalChain.updated', 'office', 'approvalChain', {
          kind,
          before: roles(before),
          after: roles(steps),
        });
        w.emit('statements.changed', { statementId: null });
      });
      return readChains(db);
    },
    'statements.updateReleasePolicy': async ({ armedReleases, approvalReminders: reminders }, context) => {
      await write(context.actor, async (w) => {
        const { trx } = w;
        if (armedReleases !== undefined) {
          const before = await armedReleasesAllowed(trx);
          await trx
            .updateTable('office')
            .set({ armed_releases: armedReleases ? 1 : 0 })
            .execute();
          await w.audit('approvalChain.releasePolicy', 'office', 'approvalChain', { before, after: armedReleases });
        }
        if (reminders) {
          const before = await approvalReminders(trx);
          await trx
            .updateTable('office')
            .set({
              approval_reminder_minutes: reminders.reminderMinutes,
              approval_stand_in_minutes: reminders.standInMinutes,
            })
            .execute();
          await w.audit('approvalChain.reminders', 'office', 'approvalChain', { before, after: reminders });
        }
        w.emit('statements.changed', { statementId: null });
      });
      return readChains(db);
    },
    'statements.people': () => listPeople(db),
    'statements.standIns': () => listStandIns(db, deps.now().toISOString()),
    'statements.nameStandIn': async (input, { actor }) => {
      const id = await write(actor, (w) => nameStandIn(w, input));
      const named = (await listStandIns(db, deps.now().toISOString())).find((standIn) => standIn.id === id);
      if (!named) throw notFound('standIn', id);
      return named;
    },
    'statements.revokeStandIn': async ({ id }, { actor }) => {
      await write(actor, (w) => revokeStandIn(w, id));
      return {};
    },
  };
}
