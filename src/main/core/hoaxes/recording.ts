import type { Transaction } from 'kysely';
import type { evidenceInputSchema, hoaxInputSchema } from '../../../shared/ipc/hoaxes';
import { maxScreenshotBytes, type screenshotMimeTypes } from '../../../shared/ipc/hoaxes';
import { requireOpenCrisis } from '../crises/crisisQueries';
import type { Database } from '../db/schema';
import { indexHoax } from '../search/hoaxSearch';
import { checkUpload, insertBlob } from '../statements/attachments';
import { fieldError } from '../kernel/validationError';
import { notFound } from '../kernel/errors';
import type { z } from 'zod';
import type { SessionActor } from '../kernel/context';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import { announce, changeClaim, history, statusIs } from './claimRules';
import { findHoaxRow } from './hoaxQueries';

/* Recording a claim: the record, where it was seen, screenshots and evidence. */

type Trx = Transaction<Database>;
type HoaxInput = z.output<typeof hoaxInputSchema>;
type EvidenceInput = z.output<typeof evidenceInputSchema>;

/** Registers a claim (id null) or edits one that is not closed. */
export async function saveClaim(w: WriteScope<SessionActor>, id: string | null, input: HoaxInput): Promise<string> {
  const { trx, at, actor } = w;
  const before = id ? await findHoaxRow(trx, id) : null;
  if (before) statusIs(before, ['reported', 'verifying', 'verdict', 'clarified']);
  // A claim may join an open crisis; one already linked keeps its link after the crisis closes.
  if (input.crisisId && input.crisisId !== before?.crisis_id) {
    const crisis = await trx.selectFrom('crisis').select('id').where('id', '=', input.crisisId).executeTakeFirst();
    if (!crisis) throw fieldError(['hoax', 'crisisId'], 'unknown_crisis');
    await requireOpenCrisis(trx, input.crisisId);
  }
  if (Date.parse(input.firstSeenAt) > w.now.getTime() + 5 * 60_000) {
    throw fieldError(['hoax', 'firstSeenAt'], 'seen_in_future');
  }
  const fields = {
    claim: input.claim,
    topic: input.topic,
    region: input.region,
    reach: input.reach,
    first_seen_at: input.firstSeenAt,
    reported_by: input.reportedBy,
    crisis_id: input.crisisId,
    updated_at: at,
  };
  const newHoaxId = before?.id ?? newId();
  if (before) {
    await trx.updateTable('hoax').set(fields).where('id', '=', before.id).execute();
    await w.audit('hoax.updated', 'hoax', before.id, { crisisId: input.crisisId });
  } else {
    await trx
      .insertInto('hoax')
      .values({
        id: newHoaxId,
        ...fields,
        status: 'reported',
        verdict: null,
        explanation: '',
        verifier_id: null,
        verdict_at: null,
        clarification_statement_id: null,
        clarified_at: null,
        merged_into_id: null,
        close_note: '',
        created_by: actor.accountId,
        created_at: at,
      })
      .execute();
    await history(trx, { id: newHoaxId, status: null }, 'registered', 'reported', actor, at);
    await w.audit('hoax.registered', 'hoax', newHoaxId, { crisisId: input.crisisId });
  }
  await writeSightings(trx, newHoaxId, input.sightings);
  await indexHoax(trx, newHoaxId, input.claim, input.topic);
  announce(
    w,
    { id: newHoaxId, crisis_id: input.crisisId },
    ...(before?.crisis_id && before.crisis_id !== input.crisisId ? [before] : []),
  );
  return newHoaxId;
}

/** A screenshot of the claim as it went round; stored once by SHA-256 and refused if not an image. */
export async function uploadScreenshot(
  w: WriteScope<SessionActor>,
  input: { hoaxId: string; fileName: string; mimeType: (typeof screenshotMimeTypes)[number]; dataBase64: string },
): Promise<void> {
  const { actor } = w;
  const { data, sha256, fileName } = checkUpload(input, maxScreenshotBytes);
  await changeClaim(w, input.hoaxId, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported', 'verifying', 'verdict', 'clarified']);
    await insertBlob(trx, { sha256, mimeType: input.mimeType, data }, actor.accountId, at);
    await trx
      .insertInto('hoax_screenshot')
      .values({ hoax_id: row.id, sha256, file_name: fileName, added_by: actor.accountId, added_at: at })
      .onConflict((clause) => clause.columns(['hoax_id', 'sha256']).doNothing())
      .execute();
    await trx.updateTable('hoax').set({ updated_at: at }).where('id', '=', row.id).execute();
    await w.audit('hoax.screenshotAdded', 'hoax', row.id, { sha256, fileName, size: data.length });
  });
}

/**
 * One more place a claim was seen, added after the last (a monitored item recorded as a sighting
 * names it). Seen earlier than the claim's first sighting, it becomes the first: the time to
 * clarify runs from the first sighting.
 */
export async function addSighting(
  w: WriteScope<SessionActor>,
  hoaxId: string,
  sighting: { platform: HoaxInput['sightings'][number]['platform']; url: string; signalId: string; seenAt: string },
): Promise<void> {
  await changeClaim(w, hoaxId, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported', 'verifying', 'verdict', 'clarified']);
    const last = await trx
      .selectFrom('hoax_sighting')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('hoax_id', '=', row.id)
      .executeTakeFirst();
    await trx
      .insertInto('hoax_sighting')
      .values({
        id: newId(),
        hoax_id: row.id,
        platform: sighting.platform,
        url: sighting.url,
        position: Number(last?.position ?? -1) + 1,
        signal_id: sighting.signalId,
      })
      .execute();
    const firstSeenAt = sighting.seenAt < row.first_seen_at ? sighting.seenAt : row.first_seen_at;
    await trx
      .updateTable('hoax')
      .set({ first_seen_at: firstSeenAt, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await w.audit('hoax.sightingAdded', 'hoax', row.id, { platform: sighting.platform, signalId: sighting.signalId });
  });
}

export async function addEvidence(w: WriteScope<SessionActor>, input: EvidenceInput): Promise<void> {
  const { actor } = w;
  await changeClaim(w, input.hoaxId, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported', 'verifying', 'verdict', 'clarified']);
    const id = newId();
    await trx
      .insertInto('hoax_evidence')
      .values({
        id,
        hoax_id: row.id,
        kind: input.kind,
        title: input.title,
        url: input.url,
        source_at: input.sourceAt,
        added_by: actor.accountId,
        added_at: at,
      })
      .execute();
    await trx.updateTable('hoax').set({ updated_at: at }).where('id', '=', row.id).execute();
    await w.audit('hoax.evidenceAdded', 'hoax', row.id, { evidenceId: id, kind: input.kind, url: input.url });
  });
}

/** Evidence can be taken back only before a verdict rests on it. */
export async function removeEvidence(w: WriteScope<SessionActor>, hoaxId: string, evidenceId: string): Promise<void> {
  await changeClaim(w, hoaxId, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported', 'verifying']);
    const removed = await trx
      .deleteFrom('hoax_evidence')
      .where('id', '=', evidenceId)
      .where('hoax_id', '=', row.id)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) throw notFound('evidence', evidenceId);
    await trx.updateTable('hoax').set({ updated_at: at }).where('id', '=', row.id).execute();
    await w.audit('hoax.evidenceRemoved', 'hoax', row.id, { evidenceId });
  });
}

/**
 * Writes a claim's sightings afresh, in order, each platform and link once. A sighting recorded
 * from a monitored item keeps naming it (`signal_id`) through an edit of the list: the desk edits
 * platforms and links, the link to the feed item is the record's provenance.
 */
export async function writeSightings(
  trx: Trx,
  hoaxId: string,
  sightings: readonly (HoaxInput['sightings'][number] & { signalId?: string | null })[],
) {
  const keyOf = (sighting: { platform: string; url?: string }) => `${sighting.platform} ${sighting.url ?? ''}`;
  const fromSignals = new Map(
    (
      await trx
        .selectFrom('hoax_sighting')
        .select(['platform', 'url', 'signal_id'])
        .where('hoax_id', '=', hoaxId)
        .where('signal_id', 'is not', null)
        .execute()
    ).map((row) => [keyOf(row), row.signal_id]),
  );
  await trx.deleteFrom('hoax_sighting').where('hoax_id', '=', hoaxId).execute();
  const seen = new Set<string>();
  let position = 0;
  for (const sighting of sightings) {
    const key = keyOf(sighting);
    if (seen.has(key)) continue;
    seen.add(key);
    await trx
      .insertInto('hoax_sighting')
      .values({
        id: newId(),
        hoax_id: hoaxId,
        platform: sighting.platform,
        url: sighting.url ?? '',
        position,
        signal_id: sighting.signalId ?? fromSignals.get(key) ?? null,
      })
      .execute();
    position += 1;
  }
}
