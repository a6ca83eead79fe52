import { requireActor } from '../accounts/actor';
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
      conferences.save(id, conference, reason, requireActor(context)),
    'conferences.setStatus': ({ id, status }, context) => conferences.setStatus(id, status, requireActor(context)),
    'conferences.invite': (input, context) => deps.invitations.invite(input, requireActor(context)),
    'conferences.notify': ({ conferenceId, requestId }, context) =>
      deps.invitations.notify(conferenceId, requestId, requireActor(context)),
    'conferences.invitees': ({ id }) => listInvitees(db, id),
    'conferences.setRsvp': ({ id, rsvp }, context) => deps.invitees.setRsvp(id, rsvp, requireActor(context)),
    'conferences.checkIn': ({ id, present }, context) => deps.invitees.checkIn(id, present, requireActor(context)),
    'conferences.walkIn': async ({ conferenceId, contactId, contact }, context) => {
      const actor = requireActor(context);
      // A new person is a contact first (with their consent source), then an attendee.
      const id = contactId ?? (await deps.contacts.create(contact!, actor)).id;
      return deps.invitees.walkIn(conferenceId, id, actor);
    },
    'conferences.questions': ({ id }) => listQuestions(db, id),
    'conferences.saveQuestion': (input, context) => deps.questions.saveQuestion(input, requireActor(context)),
    'conferences.qaBank': () => listQaBank(db),
    'conferences.saveQa': (input, context) => deps.questions.saveQa(input, requireActor(context)),
    'conferences.document': (input) => conferenceDocument(db, input, deps.now()),
    'conferences.archiveQa': async ({ id }, context) => {
      await deps.questions.archiveQa(id, requireActor(context));
      return {};
    },
  };
}
