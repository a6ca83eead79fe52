import type { CoreDeps } from '../kernel/coreDeps';
import type { SessionActor } from '../kernel/context';
import { writeThen } from '../kernel/writeScope';
import { notFound } from '../kernel/errors';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { similarHoaxes } from '../search/hoaxSearch';
import { hoaxStats, listHoaxes, readHoax } from './hoaxQueries';
import { addEvidence, removeEvidence, saveClaim, uploadScreenshot } from './recording';
import { close, draftClarification, merge, recordVerdict, reopen, startVerifying } from './verification';

export function hoaxesHandlers(deps: CoreDeps): HandlersFor<DomainChannel<'hoaxes'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  /** One write on a claim by the caller, then the claim as they now see it. */
  const changeThen = writeThen(write, (id: string, actor: SessionActor) => readHoax(db, id, actor));
  return {
    'hoaxes.list': (input) => listHoaxes(db, input),
    'hoaxes.get': ({ id }, context) => readHoax(db, id, context.actor),
    'hoaxes.save': async ({ id, hoax }, { actor }) =>
      readHoax(db, await write(actor, (w) => saveClaim(w, id, hoax)), actor),
    'hoaxes.similar': ({ text, excludeId }) => similarHoaxes(db, text, excludeId),
    'hoaxes.uploadScreenshot': (input, { actor }) => changeThen(input.hoaxId, actor, (w) => uploadScreenshot(w, input)),
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
    'hoaxes.addEvidence': (input, { actor }) => changeThen(input.hoaxId, actor, (w) => addEvidence(w, input)),
    'hoaxes.removeEvidence': ({ hoaxId, evidenceId }, { actor }) =>
      changeThen(hoaxId, actor, (w) => removeEvidence(w, hoaxId, evidenceId)),
    'hoaxes.startVerifying': ({ id }, { actor }) => changeThen(id, actor, (w) => startVerifying(w, id)),
    'hoaxes.recordVerdict': (input, { actor }) => changeThen(input.id, actor, (w) => recordVerdict(w, input)),
    'hoaxes.draftClarification': async ({ id, language }, { actor }) => ({
      statementId: await write(actor, (w) => draftClarification(w, id, language)),
    }),
    'hoaxes.close': ({ id, note }, { actor }) => changeThen(id, actor, (w) => close(w, id, note)),
    'hoaxes.reopen': ({ id }, { actor }) => changeThen(id, actor, (w) => reopen(w, id)),
    'hoaxes.merge': ({ sourceId, targetId }, { actor }) =>
      changeThen(targetId, actor, (w) => merge(w, sourceId, targetId)),
    'hoaxes.stats': () => hoaxStats(db, deps.now()),
  };
}
