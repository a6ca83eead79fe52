import { rolesAllow } from '../../../shared/permissions';
import type { SessionActor } from '../kernel/context';
import type { CoreDeps } from '../kernel/coreDeps';
import { writeThen } from '../kernel/writeScope';
import { crisisBoard } from './crisisBoard';
import { crisisReport } from './crisisReport';
import { quote, statementCrisis, unquote } from './figureQuotes';
import { goldenHourTargets, setGoldenHourTargets } from './goldenHourTargets';
import { listLessons, saveLesson } from './lessons';
import { timelineCsv } from './timelineExport';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { listCrises, readCrisis } from './crisisQueries';
import { addLog, listFigures, recordFigure } from './crisisRecords';
import { crisisTimeline } from './crisisTimeline';
import { crisisFacts } from './crisisFacts';
import { crisisMetrics } from '../../../shared/crises/reportMetrics';
import * as crisisWrites from './crisisWrites';
import { archivePlaybookItem, listPlaybook, savePlaybookItem } from './playbook';
import {
  listAgencies,
  listRequests,
  listStakeholders,
  removeStakeholder,
  saveAgency,
  saveRequest,
  saveStakeholder,
} from './stakeholders';

export function crisesHandlers(deps: CoreDeps): HandlersFor<DomainChannel<'crises'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  /** One write on a crisis by the caller, then the crisis as it now stands. */
  const changeThen = writeThen(write, (id: string, _actor: SessionActor) => readCrisis(db, id));
  return {
    'crises.list': ({ status }) => listCrises(db, status),
    'crises.get': ({ id }) => readCrisis(db, id),
    'crises.save': async ({ id, crisis, phase }, { actor }) =>
      readCrisis(db, await write(actor, (w) => crisisWrites.save(w, id, crisis, phase))),
    'crises.setPhase': ({ id, phase, note }, { actor }) =>
      changeThen(id, actor, (w) => crisisWrites.setPhase(w, id, phase, note)),
    'crises.setStatus': ({ id, status }, { actor }) =>
      changeThen(id, actor, (w) => crisisWrites.setStatus(w, id, status)),
    'crises.link': (input, { actor }) => changeThen(input.crisisId, actor, (w) => crisisWrites.link(w, input)),
    'crises.tick': async ({ itemId, done }, { actor }) =>
      readCrisis(db, await write(actor, (w) => crisisWrites.tick(w, itemId, done))),
    'crises.addItem': ({ crisisId, phase, text }, { actor }) =>
      changeThen(crisisId, actor, (w) => crisisWrites.addItem(w, crisisId, phase, text)),
    'crises.addLog': async (input, { actor }) => {
      await write(actor, (w) => addLog(w, input));
      return {};
    },
    'crises.figures': ({ id }) => listFigures(db, id),
    'crises.recordFigure': async (input, { actor }) => {
      const id = await write(actor, (w) => recordFigure(w, input));
      return (await listFigures(db, input.crisisId)).find((figure) => figure.id === id)!;
    },
    'crises.timeline': ({ id, kinds }) => crisisTimeline(db, id, kinds),
    'crises.metrics': async ({ id }) => crisisMetrics(await crisisFacts(db, id, deps.now())),
    'crises.agencies': (_input, { actor }) => listAgencies(db, rolesAllow(actor.roles, 'contacts.view')),
    'crises.saveAgency': async (input, { actor }) => {
      const id = await write(actor, (w) => saveAgency(w, input));
      return (await listAgencies(db, rolesAllow(actor.roles, 'contacts.view'))).find((agency) => agency.id === id)!;
    },
    'crises.stakeholders': ({ id }) => listStakeholders(db, id),
    'crises.saveStakeholder': async (input, { actor }) => {
      await write(actor, (w) => saveStakeholder(w, input));
      return (await listStakeholders(db, input.crisisId)).find((item) => item.agency.id === input.agencyId)!;
    },
    'crises.removeStakeholder': async ({ crisisId, agencyId }, { actor }) => {
      await write(actor, (w) => removeStakeholder(w, crisisId, agencyId));
      return {};
    },
    'crises.requests': ({ id }) => listRequests(db, id),
    'crises.saveRequest': async (input, { actor }) => {
      const id = await write(actor, (w) => saveRequest(w, input));
      return (await listRequests(db, input.crisisId)).find((request) => request.id === id)!;
    },
    'crises.playbook': () => listPlaybook(db),
    'crises.savePlaybookItem': async (input, { actor }) => {
      const id = await write(actor, (w) => savePlaybookItem(w, input));
      return (await listPlaybook(db)).find((item) => item.id === id)!;
    },
    'crises.archivePlaybookItem': async ({ id }, { actor }) => {
      await write(actor, (w) => archivePlaybookItem(w, id));
      return {};
    },
    'crises.goldenHour': ({ minutes }, { actor }) => write(actor, (w) => setGoldenHourTargets(w, minutes)),
    'crises.goldenHourTargets': () => goldenHourTargets(db),
    'crises.board': () => crisisBoard(db, deps.now()),
    'crises.lessons': ({ id }) => listLessons(db, id),
    'crises.saveLesson': async (input, { actor }) => {
      await write(actor, (w) => saveLesson(w, input));
      return listLessons(db, input.crisisId);
    },
    'crises.report': (input) => crisisReport(db, input, deps.now()),
    'crises.exportTimeline': (input) => timelineCsv(db, input),
    'crises.statementFigures': ({ id }) => statementCrisis(db, id),
    'crises.quoteFigure': async (input, { actor }) => {
      await write(actor, (w) => quote(w, input));
      return statementCrisis(db, input.statementId);
    },
    'crises.unquoteFigure': async (input, { actor }) => {
      await write(actor, (w) => unquote(w, input));
      return statementCrisis(db, input.statementId);
    },
  };
}
