import type { Store } from '../db/store';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { conferenceDocument } from './conferenceDocuments';
import { listConferences, readConference } from './conferenceQueries';
import type { ContactService } from '../contacts/contactService';
import type { ConferenceService } from './conferenceService';
import type { InvitationService } from './invitations';
import { listInvitees, type createInviteeService } from './invitees';
import { listQaBank, listQuestions, type createQuestionService } from './questions';

export function conferencesHandlers(deps: {
  store: Store;
  conferences: ConferenceService;
  invitations: InvitationService;
  invitees: ReturnType<typeof createInviteeService>;
  questions: ReturnType<typeof createQuestionService>;
  contacts: ContactService;
  now: () => Date;
}): HandlersFor<DomainChannel<'conferences'>> {
  const { db } = deps.store.connection;
  const { conferences } = deps;
  return {
    'conferences.list': (range) => listConferences(db, range),
    'conferences.get': async ({ id }) => {
      const conference = await readConference(db, id);
      const warnings = await conferences.warnings(id, {
        ...conference,
        spokespersonIds: conference.spokespersons.map((person) => person.id),
      });
      return { ...conference, warnings };
    },
    'conferences.check': ({ id, conference }) => conferences.warnings(id, conference),
    'conferences.save': ({ id, conference, reason }, context) =>
      conferences.save(id, conference, reason, context.actor),
    'conferences.setStatus': ({ id, status }, context) => conferences.setStatus(id, status, context.actor),
    'conferences.invite': (input, context) => deps.invitations.invite(input, context.actor),
    'conferences.notify': ({ conferenceId, requestId }, context) =>
      deps.invitations.notify(conferenceId, requestId, context.actor),
    'conferences.invitees': ({ id }) => listInvitees(db, id),
    'conferences.setRsvp': ({ id, rsvp }, context) => deps.invitees.setRsvp(id, rsvp, context.actor),
    'conferences.checkIn': ({ id, present }, context) => deps.invitees.checkIn(id, present, context.actor),
    'conferences.walkIn': async ({ conferenceId, contactId, contact }, context) => {
      const actor = context.actor;
      // A new person is a contact first (with their consent source), then an attendee.
      const id = contactId ?? (await deps.contacts.create(contact!, actor)).id;
      return deps.invitees.walkIn(conferenceId, id, actor);
    },
    'conferences.questions': ({ id }) => listQuestions(db, id),
    'conferences.saveQuestion': (input, context) => deps.questions.saveQuestion(input, context.actor),
    'conferences.qaBank': () => listQaBank(db),
    'conferences.saveQa': (input, context) => deps.questions.saveQa(input, context.actor),
    'conferences.document': (input) => conferenceDocument(db, input, deps.now()),
    'conferences.archiveQa': async ({ id }, context) => {
      await deps.questions.archiveQa(id, context.actor);
      return {};
    },
  };
}
