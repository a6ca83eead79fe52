import type { CoreDeps } from '../kernel/coreDeps';
import { officeToday } from '../office/officeToday';
import { eraseContact, personalDataExport } from './personalData';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import {
  archiveContactList,
  changeListMembers,
  listContactLists,
  readContactList,
  saveContactList,
} from './contactLists';
import { listContacts } from './contactQueries';
import { createSelectionCache } from './selectionCache';
import {
  bulkUpdateContacts,
  createContact,
  createOutlet,
  mustReadContact,
  recordOptOut,
  updateContact,
  updateOutlet,
} from './contactService';
import { readOutlet } from './outletQueries';
import { exportContacts } from './export/exportContacts';
import { createImportService } from './import/importService';
import { listOutlets } from './outletQueries';

export function contactsHandlers(deps: CoreDeps): HandlersFor<DomainChannel<'contacts'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  const imports = createImportService(deps);
  // What the table's filters select, remembered until the next write (selectionCache.ts).
  const selections = createSelectionCache({ sqlite: deps.store.connection.sqlite, events: deps.events });
  return {
    'contacts.outlets': () => listOutlets(db),
    'contacts.createOutlet': async (input, { actor }) =>
      readOutlet(db, await write(actor, (w) => createOutlet(w, input))),
    'contacts.updateOutlet': async ({ id, outlet }, { actor }) => {
      await write(actor, (w) => updateOutlet(w, id, outlet));
      return readOutlet(db, id);
    },
    'contacts.list': async (input) => listContacts(db, input, await officeToday(db, deps.now()), selections),
    'contacts.get': ({ id }) => mustReadContact(db, id),
    'contacts.create': async (input, { actor }) =>
      mustReadContact(db, await write(actor, (w) => createContact(w, input))),
    'contacts.update': async ({ id, contact }, { actor }) => {
      await write(actor, (w) => updateContact(w, id, contact));
      return mustReadContact(db, id);
    },
    'contacts.recordOptOut': async ({ id, via }, { actor }) => {
      await write(actor, (w) => recordOptOut(w, id, via));
      return mustReadContact(db, id);
    },
    'contacts.exportPersonalData': (input, { actor }) => personalDataExport(deps, actor, input),
    'contacts.erase': async ({ id, reason }, context) => {
      await eraseContact(deps, id, reason, context.actor);
      return {};
    },
    'contacts.lists': async () => listContactLists(db, await officeToday(db, deps.now())),
    'contacts.saveList': async (input, { actor }) => {
      const id = await write(actor, (w) => saveContactList(w, input));
      return readContactList(db, id, await officeToday(db, deps.now()));
    },
    'contacts.archiveList': async ({ id }, context) => {
      await write(context.actor, (w) => archiveContactList(w, id));
      return {};
    },
    'contacts.addToList': ({ listId, contactIds }, context) =>
      write(context.actor, (w) => changeListMembers(w, listId, contactIds, true)),
    'contacts.removeFromList': ({ listId, contactIds }, context) =>
      write(context.actor, (w) => changeListMembers(w, listId, contactIds, false)),
    'contacts.importOpen': ({ fileName, dataBase64 }, context) =>
      imports.open(fileName, Buffer.from(dataBase64, 'base64'), context.actor),
    'contacts.importRun': (input, context) => imports.run(input, context.actor),
    'contacts.importCancel': async ({ importId }, context) => imports.cancel(importId, context.actor),
    'contacts.importReport': async ({ importId, language }, context) =>
      imports.reportFile(importId, context.actor, language),
    'contacts.bulkUpdate': (input, { actor }) => write(actor, (w) => bulkUpdateContacts(w, input)),
    'contacts.export': (input, context) => exportContacts(deps, input, context.actor),
  };
}
