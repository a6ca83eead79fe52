import type { Store } from '../db/store';
import { notFound } from '../kernel/errors';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { similarHoaxes } from '../search/hoaxSearch';
import { hoaxStats, listHoaxes, readHoax } from './hoaxQueries';
import type { HoaxService } from './hoaxService';

export function hoaxesHandlers(deps: {
  store: Store;
  hoaxes: HoaxService;
  now: () => Date;
}): HandlersFor<DomainChannel<'hoaxes'>> {
  const { db } = deps.store.connection;
  return {
    'hoaxes.list': (input) => listHoaxes(db, input),
    'hoaxes.get': ({ id }, context) => readHoax(db, id, context.actor),
    'hoaxes.save': ({ id, hoax }, context) => deps.hoaxes.save(id, hoax, context.actor),
    'hoaxes.similar': ({ text, excludeId }) => similarHoaxes(db, text, excludeId),
    'hoaxes.uploadScreenshot': (input, context) => deps.hoaxes.uploadScreenshot(input, context.actor),
    // A screenshot's bytes only through a claim that holds it.
    'hoaxes.screenshot': async ({ hoaxId, sha256 }) => {
      const row = await db
        .selectFrom('hoax_screenshot')
        .innerJoin('attachment_blob', 'attachment_blob.sha256', 'hoax_screenshot.sha256')
        .select(['file_name', 'mime_type', 'data'])
        .where('hoax_id', '=', hoaxId)
        .where('hoax_screenshot.sha256', '=', sha256)
        .executeTakeFirst();
      if (!row) throw notFound('screenshot', sha256);
      return { fileName: row.file_name, mimeType: row.mime_type, dataBase64: Buffer.from(row.data).toString('base64') };
    },
    'hoaxes.addEvidence': (input, context) => deps.hoaxes.addEvidence(input, context.actor),
    'hoaxes.removeEvidence': ({ hoaxId, evidenceId }, context) =>
      deps.hoaxes.removeEvidence(hoaxId, evidenceId, context.actor),
    'hoaxes.startVerifying': ({ id }, context) => deps.hoaxes.startVerifying(id, context.actor),
    'hoaxes.recordVerdict': (input, context) => deps.hoaxes.recordVerdict(input, context.actor),
    'hoaxes.draftClarification': ({ id, language }, context) =>
      deps.hoaxes.draftClarification(id, language, context.actor),
    'hoaxes.close': ({ id, note }, context) => deps.hoaxes.close(id, note, context.actor),
    'hoaxes.reopen': ({ id }, context) => deps.hoaxes.reopen(id, context.actor),
    'hoaxes.merge': ({ sourceId, targetId }, context) => deps.hoaxes.merge(sourceId, targetId, context.actor),
    'hoaxes.stats': () => hoaxStats(db, deps.now()),
  };
}
