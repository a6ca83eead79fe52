import type { CoreDeps } from '../kernel/coreDeps';
import { officeToday } from '../office/officeToday';
import { eraseContact, personalDataExport } from './personalData';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { createContactListService, listContactLists } from './contactLists';
import { listContacts } from './contactQueries';
import type { ContactService } from './contactService';
import { exportContacts } from './export/exportContacts';
import { createImportService } from './import/importService';
import { listOutlets } from './outletQueries';

export function contactsHandlers(
  deps: CoreDeps & { contacts: ContactService },
): HandlersFor<DomainChannel<'contacts'>> {
  const { db } = deps.store.connection;
  const { contacts } = deps;
  const lists = createContactListService(deps);
  const imports = createImportService(deps);
  return {
    'contacts.outlets': () => listOutlets(db),
    'contacts.createOutlet': (input, context) => contacts.createOutlet(input, context.actor),
    'contacts.updateOutlet': ({ id, outlet }, context) => contacts.updateOutlet(id, outlet, context.actor),
    'contacts.list': async (input) => listContacts(db, input, await officeToday(db, deps.now())),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.create': (input, context) => contacts.create(input, context.actor),
    'contacts.update': ({ id, contact }, context) => contacts.update(id, contact, context.actor),
    'contacts.recordOptOut': ({ id, via }, context) => contacts.recordOptOut(id, via, context.actor),
    'contacts.exportPersonalData': ({ id, format, language }) =>
      personalDataExport(db, id, deps.now(), format, language),
    'contacts.erase': async ({ id, reason }, context) => {
      await eraseContact(deps, id, reason, context.actor);
      return {};
    },
    'contacts.lists': async () => listContactLists(db, await officeToday(db, deps.now())),
    'contacts.saveList': (input, context) => lists.save(input, context.actor),
    'contacts.archiveList': async ({ id }, context) => {
      await lists.archive(id, context.actor);
      return {};
    },
    'contacts.addToList': ({ listId, contactIds }, context) =>
      lists.changeMembers(listId, contactIds, true, context.actor),
    'contacts.removeFromList': ({ listId, contactIds }, context) =>
      lists.changeMembers(listId, contactIds, false, context.actor),
    'contacts.importOpen': ({ fileName, dataBase64 }, context) =>
      imports.open(fileName, Buffer.from(dataBase64, 'base64'), context.actor),
    'contacts.importRun': (input, context) => imports.run(input, context.actor),
    'contacts.importCancel': async ({ importId }, context) => imports.cancel(importId, context.actor),
    'contacts.importReport': async ({ importId }, context) => imports.reportFile(importId, context.actor),
    'contacts.bulkUpdate': (input, context) => contacts.bulkUpdate(input, context.actor),
    'contacts.export': (input, context) => exportContacts(deps, input, context.actor),
  };
}
