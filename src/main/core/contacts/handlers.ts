import { requireActor } from '../accounts/actor';
import type { Store } from '../db/store';
import { officeToday } from '../office/officeToday';
import type { EventBus } from '../kernel/eventBus';
import { eraseContact, personalDataExport } from './personalData';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { createContactListService, listContactLists } from './contactLists';
import { listContacts } from './contactQueries';
import type { ContactService } from './contactService';
import { exportContacts } from './export/exportContacts';
import { createImportService } from './import/importService';
import { listOutlets } from './outletQueries';

export function contactsHandlers(deps: {
  store: Store;
  events: EventBus;
  now: () => Date;
  contacts: ContactService;
}): HandlersFor<DomainChannel<'contacts'>> {
  const { db } = deps.store.connection;
  const { contacts } = deps;
  const lists = createContactListService(deps);
  const imports = createImportService(deps);
  return {
    'contacts.outlets': () => listOutlets(db),
    'contacts.createOutlet': (input, context) => contacts.createOutlet(input, requireActor(context)),
    'contacts.updateOutlet': ({ id, outlet }, context) => contacts.updateOutlet(id, outlet, requireActor(context)),
    'contacts.list': async (input) => listContacts(db, input, await officeToday(db, deps.now())),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.create': (input, context) => contacts.create(input, requireActor(context)),
    'contacts.update': ({ id, contact }, context) => contacts.update(id, contact, requireActor(context)),
    'contacts.recordOptOut': ({ id, via }, context) => contacts.recordOptOut(id, via, requireActor(context)),
    'contacts.exportPersonalData': ({ id, format, language }) =>
      personalDataExport(db, id, deps.now(), format, language),
    'contacts.erase': async ({ id, reason }, context) => {
      await eraseContact(deps, id, reason, requireActor(context));
      return {};
    },
    'contacts.lists': async () => listContactLists(db, await officeToday(db, deps.now())),
    'contacts.saveList': (input, context) => lists.save(input, requireActor(context)),
    'contacts.archiveList': async ({ id }, context) => {
      await lists.archive(id, requireActor(context));
      return {};
    },
    'contacts.addToList': ({ listId, contactIds }, context) =>
      lists.changeMembers(listId, contactIds, true, requireActor(context)),
    'contacts.removeFromList': ({ listId, contactIds }, context) =>
      lists.changeMembers(listId, contactIds, false, requireActor(context)),
    'contacts.importOpen': ({ fileName, dataBase64 }, context) =>
      imports.open(fileName, Buffer.from(dataBase64, 'base64'), requireActor(context)),
    'contacts.importRun': (input, context) => imports.run(input, requireActor(context)),
    'contacts.importCancel': async ({ importId }, context) => imports.cancel(importId, requireActor(context)),
    'contacts.importReport': async ({ importId }, context) => imports.reportFile(importId, requireActor(context)),
    'contacts.bulkUpdate': (input, context) => contacts.bulkUpdate(input, requireActor(context)),
    'contacts.export': (input, context) => exportContacts(deps.store, input, requireActor(context), deps.now()),
  };
}
