import { requireActor } from '../accounts/actor';
import type { Store } from '../db/store';
import type { DomainChannel, HandlersFor } from '../handlers';
import { listConferences, readConference } from './conferenceQueries';
import type { ConferenceService } from './conferenceService';

export function conferencesHandlers(deps: {
  store: Store;
  conferences: ConferenceService;
}): HandlersFor<DomainChannel<'conferences'>> {
  const { db } = deps.store.connection;
  const { conferences } = deps;
  return {
    'conferences.list': (range) => listConferences(db, range),
    'conferences.get': async ({ id }) => {
      const conference = await readConference(db, id);
      return readConference(
        db,
        id,
        await conferences.warnings(id, {
          ...conference,
          spokespersonIds: conference.spokespersons.map((person) => person.id),
          moderatorId: conference.moderator?.id ?? null,
          statementIds: conference.statements.map((statement) => statement.id),
        }),
      );
    },
    'conferences.check': ({ id, conference }) => conferences.warnings(id, conference),
    'conferences.save': ({ id, conference, reason }, context) =>
      conferences.save(id, conference, reason, requireActor(context)),
    'conferences.setStatus': ({ id, status }, context) => conferences.setStatus(id, status, requireActor(context)),
  };
}
