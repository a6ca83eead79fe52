import type { Store } from '../db/store';
import type { EventBus } from '../kernel/eventBus';
import type { Writer } from '../kernel/writeScope';
import { crisisBoard } from './crisisBoard';
import { crisisReport } from './crisisReport';
import { statementCrisis, type createFigureQuotes } from './figureQuotes';
import { goldenHourTargets, setGoldenHourTargets } from './goldenHourTargets';
import { listLessons, saveLesson } from './lessons';
import { timelineCsv } from './timelineExport';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { listCrises, readCrisis } from './crisisQueries';
import { listFigures, type createCrisisRecords } from './crisisRecords';
import { crisisTimeline } from './crisisTimeline';
import { crisisFacts } from './crisisFacts';
import { crisisMetrics } from '../../../shared/crises/reportMetrics';
import type { CrisisService } from './crisisService';
import { archivePlaybookItem, listPlaybook, savePlaybookItem } from './playbook';
import { listAgencies, listRequests, listStakeholders, type createStakeholderService } from './stakeholders';

export function crisesHandlers(deps: {
  store: Store;
  write: Writer;
  crises: CrisisService;
  records: ReturnType<typeof createCrisisRecords>;
  stakeholders: ReturnType<typeof createStakeholderService>;
  now: () => Date;
  quotes: ReturnType<typeof createFigureQuotes>;
  events: EventBus;
}): HandlersFor<DomainChannel<'crises'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  return {
    'crises.list': ({ status }) => listCrises(db, status),
    'crises.get': ({ id }) => readCrisis(db, id),
    'crises.save': ({ id, crisis, phase }, context) => deps.crises.save(id, crisis, phase, context.actor),
    'crises.setPhase': ({ id, phase, note }, context) => deps.crises.setPhase(id, phase, note, context.actor),
    'crises.setStatus': ({ id, status }, context) => deps.crises.setStatus(id, status, context.actor),
    'crises.link': (input, context) => deps.crises.link(input, context.actor),
    'crises.tick': ({ itemId, done }, context) => deps.crises.tick(itemId, done, context.actor),
    'crises.addItem': ({ crisisId, phase, text }, context) => deps.crises.addItem(crisisId, phase, text, context.actor),
    'crises.addLog': async (input, context) => {
      await deps.records.addLog(input, context.actor);
      return {};
    },
    'crises.figures': ({ id }) => listFigures(db, id),
    'crises.recordFigure': (input, context) => deps.records.recordFigure(input, context.actor),
    'crises.timeline': ({ id, kinds }) => crisisTimeline(db, id, kinds),
    'crises.metrics': async ({ id }) => crisisMetrics(await crisisFacts(db, id, deps.now())),
    'crises.agencies': () => listAgencies(db),
    'crises.saveAgency': (input, context) => deps.stakeholders.saveAgency(input, context.actor),
    'crises.stakeholders': ({ id }) => listStakeholders(db, id),
    'crises.saveStakeholder': (input, context) => deps.stakeholders.saveStakeholder(input, context.actor),
    'crises.removeStakeholder': async ({ crisisId, agencyId }, context) => {
      await deps.stakeholders.removeStakeholder(crisisId, agencyId, context.actor);
      return {};
    },
    'crises.requests': ({ id }) => listRequests(db, id),
    'crises.saveRequest': (input, context) => deps.stakeholders.saveRequest(input, context.actor),
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
    'crises.quoteFigure': (input, context) => deps.quotes.quote(input, context.actor),
    'crises.unquoteFigure': (input, context) => deps.quotes.unquote(input, context.actor),
  };
}
