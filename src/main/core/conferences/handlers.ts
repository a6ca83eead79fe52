import type { Store } from '../db/store';
import type { Writer } from '../kernel/writeScope';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { conferenceDocument } from './conferenceDocuments';
import { listConferences, readConference } from './conferenceQueries';
import { createContact, outletNamed } from '../contacts/contactService';
import { planWarnings, saveConference, setConferenceStatus } from './conferenceService';
import { earlierSending, inviteToConference, notifyInvitees } from './invitations';
import type { OutboxWake } from '../distribution/outboxWake';
import { officeToday } from '../office/officeToday';
import { checkIn, listInvitees, setRsvp, walkIn } from './invitees';
import { archiveQa, listQaBank, listQuestions, saveQa, saveQuestion } from './questions';

export function conferencesHandlers(deps: {
  store: Store;
  outbox: OutboxWake;
  write: Writer;
  now: () => Date;
}): HandlersFor<DomainChannel<'conferences'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  const invitee = async (conferenceId: string, id: string) =>
    (await listInvitees(db, conferenceId)).find((item) => item.id === id)!;
  return {
    'conferences.list': (range) => listConferences(db, range),
    'conferences.get': async ({ id }) => {
      const conference = await readConference(db, id);
      const warnings = await planWarnings(db, id, {
        ...conference,
        spokespersonIds: conference.spokespersons.map((person) => person.id),
      });
      return { ...conference, warnings };
    },
    'conferences.check': ({ id, conference }) => planWarnings(db, id, conference),
    'conferences.save': async ({ id, conference, reason }, { actor }) => {
      const savedId = await write(actor, (w) => saveConference(w, id, conference, reason));
      return readConference(db, savedId, await planWarnings(db, savedId, conference));
    },
    'conferences.setStatus': async ({ id, status }, { actor }) => {
      await write(actor, (w) => setConferenceStatus(w, id, status));
      return readConference(db, id);
    },
    // A retried request answers what the first one did; nothing is sent twice.
    'conferences.invite': async (input, { actor }) => {
      const earlier = await earlierSending(db, input.requestId);
      if (earlier) return earlier;
      const today = await officeToday(db, deps.now());
      return write(actor, (w) => inviteToConference(w, deps.outbox, input, today));
    },
    'conferences.notify': async ({ conferenceId, requestId }, { actor }) =>
      (await earlierSending(db, requestId)) ??
      write(actor, (w) => notifyInvitees(w, deps.outbox, conferenceId, requestId)),
    'conferences.invitees': ({ id }) => listInvitees(db, id),
    'conferences.setRsvp': async ({ id, rsvp }, { actor }) =>
      invitee(await write(actor, (w) => setRsvp(w, id, rsvp)), id),
    'conferences.checkIn': async ({ id, present }, { actor }) =>
      invitee(await write(actor, (w) => checkIn(w, id, present)), id),
    'conferences.walkIn': async ({ conferenceId, contactId, contact, newOutlet }, { actor }) => {
      // A new person becomes a contact (with their consent source, and their outlet if it is new
      // too) and an attendee in one write.
      const inviteeId = await write(actor, async (w) => {
        if (contactId) return walkIn(w, conferenceId, contactId);
        const outletId = newOutlet ? await outletNamed(w, newOutlet) : null;
        const affiliations = outletId
          ? [{ outletId, position: 'reporter' as const, primary: true }, ...contact!.affiliations]
          : contact!.affiliations;
        return walkIn(w, conferenceId, await createContact(w, { ...contact!, affiliations }));
      });
      return invitee(conferenceId, inviteeId);
    },
    'conferences.questions': ({ id }) => listQuestions(db, id),
    'conferences.saveQuestion': async (input, { actor }) => {
      const id = await write(actor, (w) => saveQuestion(w, input));
      return (await listQuestions(db, input.conferenceId)).find((question) => question.id === id)!;
    },
    'conferences.qaBank': () => listQaBank(db),
    'conferences.saveQa': async (input, { actor }) => {
      const id = await write(actor, (w) => saveQa(w, input));
      return (await listQaBank(db)).find((item) => item.id === id)!;
    },
    'conferences.document': (input) => conferenceDocument(db, input, deps.now()),
    'conferences.archiveQa': async ({ id }, { actor }) => {
      await write(actor, (w) => archiveQa(w, id));
      return {};
    },
  };
}
