import type { Language } from '../../../shared/ipc/preferences';
import { reopenedStatus, type HoaxVerdict } from '../../../shared/hoaxes/vocabulary';
import { draftStatement } from '../statements/drafting';
import { clarificationContent } from './clarificationContent';
import { fieldError } from '../kernel/validationError';
import { writeSightings } from './recording';
import type { SessionActor } from '../kernel/context';
import type { WriteScope } from '../kernel/writeScope';
import { announce, changeClaim, history, liveClarification, statusIs } from './claimRules';
import { conflict } from '../kernel/errors';
import { findHoaxRow } from './hoaxQueries';

/* Deciding on a claim: verifying, the verdict, the clarification statement, closing and merging. */

/** The caller takes the claim on: they are its verifier. */
export async function startVerifying(w: WriteScope<SessionActor>, id: string): Promise<void> {
  const { actor } = w;
  await changeClaim(w, id, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported']);
    await trx
      .updateTable('hoax')
      .set({ status: 'verifying', verifier_id: actor.accountId, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await history(trx, row, 'verifying', 'verifying', actor, at);
    await w.audit('hoax.verifying', 'hoax', row.id);
  });
}

/**
 * The verdict with its explanation, resting on at least one piece of evidence or official
 * source. It may be revised until a clarification is under way (the draft would say otherwise).
 */
export async function recordVerdict(
  w: WriteScope<SessionActor>,
  input: { id: string; verdict: HoaxVerdict; explanation: string },
): Promise<void> {
  const { actor } = w;
  await changeClaim(w, input.id, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported', 'verifying', 'verdict']);
    if (await liveClarification(trx, row)) {
      throw conflict('clarificationInProgress', 'A clarification is drafted on the current verdict');
    }
    const evidence = await trx
      .selectFrom('hoax_evidence')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('hoax_id', '=', row.id)
      .executeTakeFirstOrThrow();
    if (Number(evidence.n) === 0) throw conflict('verdictNeedsEvidence', 'A verdict needs evidence');
    await trx
      .updateTable('hoax')
      .set({
        status: 'verdict',
        verdict: input.verdict,
        explanation: input.explanation,
        verifier_id: row.verifier_id ?? actor.accountId,
        // Who decided: the verifier may have been someone else.
        verdict_by: actor.accountId,
        verdict_at: at,
        updated_at: at,
      })
      .where('id', '=', row.id)
      .execute();
    await history(trx, row, 'verdict', 'verdict', actor, at, input.verdict);
    await w.audit('hoax.verdict', 'hoax', row.id, { verdict: input.verdict, previous: row.verdict });
  });
}

/**
 * Drafts the clarification statement from the record (verdict required first); it then follows
 * the office's approval chain like any statement. A claim in a crisis links its clarification
 * to that crisis while the crisis is open.
 */
export async function draftClarification(w: WriteScope<SessionActor>, id: string, language: Language): Promise<string> {
  const { trx, at, actor } = w;
  const row = await findHoaxRow(trx, id);
  if (row.status === 'reported' || row.status === 'verifying') {
    throw conflict('verdictRequired', 'Record a verdict before drafting the clarification');
  }
  statusIs(row, ['verdict']);
  if (await liveClarification(trx, row)) throw conflict('clarificationExists', 'A clarification exists');
  const office = await trx.selectFrom('office').selectAll().executeTakeFirstOrThrow();
  // In the order the desk recorded the sightings, each platform once (a bare `distinct` has no order).
  const sightings = await trx
    .selectFrom('hoax_sighting')
    .select('platform')
    .where('hoax_id', '=', row.id)
    .orderBy('position')
    .execute();
  const platforms = [...new Set(sightings.map((sighting) => sighting.platform))];
  const sources = await trx
    .selectFrom('hoax_evidence')
    .select(['title', 'url', 'source_at'])
    .where('hoax_id', '=', row.id)
    .where('kind', '=', 'official_source')
    .orderBy('added_at')
    .execute();
  const content = clarificationContent(
    {
      claim: row.claim,
      topic: row.topic,
      verdict: row.verdict as HoaxVerdict,
      explanation: row.explanation,
      firstSeenAt: row.first_seen_at,
      platforms,
      officialSources: sources.map((source) => ({ ...source, sourceAt: source.source_at })),
      office: { name: office.agency_name, website: office.website, timeZone: office.time_zone },
    },
    language,
  );
  const newStatementId = await draftStatement(w, { ...content, mediaContactId: actor.accountId });
  if (row.crisis_id) {
    const crisis = await trx.selectFrom('crisis').select('status').where('id', '=', row.crisis_id).executeTakeFirst();
    if (crisis?.status === 'open') {
      await trx
        .insertInto('crisis_statement')
        .values({
          statement_id: newStatementId,
          crisis_id: row.crisis_id,
          linked_by: actor.accountId,
          linked_at: at,
        })
        .execute();
    }
  }
  await trx
    .updateTable('hoax')
    .set({ clarification_statement_id: newStatementId, updated_at: at })
    .where('id', '=', row.id)
    .execute();
  await history(trx, row, 'clarificationDrafted', 'verdict', actor, at);
  await w.audit('hoax.clarificationDrafted', 'hoax', row.id, { statementId: newStatementId, language });
  announce(w, row);
  return newStatementId;
}

/** Closing before a verdict needs a reason (a duplicate, a claim that died out). */
export async function close(w: WriteScope<SessionActor>, id: string, note: string): Promise<void> {
  const { actor } = w;
  await changeClaim(w, id, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['reported', 'verifying', 'verdict', 'clarified']);
    if (!note && (row.status === 'reported' || row.status === 'verifying')) {
      throw fieldError(['note'], 'close_note_required');
    }
    await trx
      .updateTable('hoax')
      .set({ status: 'closed', close_note: note, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await history(trx, row, 'closed', 'closed', actor, at, note);
    await w.audit('hoax.closed', 'hoax', row.id, { note });
  });
}

/** Back to where the record says it was; a merged record stays merged. */
export async function reopen(w: WriteScope<SessionActor>, id: string): Promise<void> {
  const { actor } = w;
  await changeClaim(w, id, async (w) => {
    const { trx, row, at } = w;
    statusIs(row, ['closed']);
    if (row.merged_into_id) throw conflict('hoaxMerged', 'The claim was merged into another');
    const status = reopenedStatus({
      clarifiedAt: row.clarified_at,
      verdict: row.verdict,
      verifierId: row.verifier_id,
    });
    await trx.updateTable('hoax').set({ status, updated_at: at }).where('id', '=', row.id).execute();
    await history(trx, row, 'reopened', status, actor, at);
    await w.audit('hoax.reopened', 'hoax', row.id, { status });
  });
}

/**
 * Folds a duplicate into the record that stays: its sightings, screenshots and evidence move
 * over (nothing is dropped), the earliest sighting and the summed reach are kept, and the
 * duplicate is closed pointing at the record it joined.
 */
export async function merge(w: WriteScope<SessionActor>, sourceId: string, targetId: string): Promise<void> {
  const { trx, at, actor } = w;
  const source = await findHoaxRow(trx, sourceId);
  const target = await findHoaxRow(trx, targetId);
  statusIs(source, ['reported', 'verifying', 'verdict', 'clarified']);
  if (target.merged_into_id) throw conflict('hoaxMerged', 'The claim was merged into another');
  statusIs(target, ['reported', 'verifying', 'verdict', 'clarified']);
  if (await liveClarification(trx, source)) {
    throw conflict('mergeHasClarification', 'The duplicate has its own clarification: merge the other way');
  }
  const sightings = await trx
    .selectFrom('hoax_sighting')
    .select(['platform', 'url', 'signal_id'])
    .where('hoax_id', 'in', [target.id, source.id])
    // The record that stays lists its own sightings first.
    .orderBy((eb) => eb.case().when('hoax_id', '=', target.id).then(0).else(1).end())
    .orderBy('position')
    .execute();
  await writeSightings(
    trx,
    target.id,
    sightings.map((sighting) => ({ platform: sighting.platform, url: sighting.url, signalId: sighting.signal_id })),
  );
  await trx.deleteFrom('hoax_sighting').where('hoax_id', '=', source.id).execute();
  const shots = await trx.selectFrom('hoax_screenshot').selectAll().where('hoax_id', '=', source.id).execute();
  for (const shot of shots) {
    await trx
      .insertInto('hoax_screenshot')
      .values({ ...shot, hoax_id: target.id })
      .onConflict((clause) => clause.columns(['hoax_id', 'sha256']).doNothing())
      .execute();
  }
  await trx.deleteFrom('hoax_screenshot').where('hoax_id', '=', source.id).execute();
  await trx.updateTable('hoax_evidence').set({ hoax_id: target.id }).where('hoax_id', '=', source.id).execute();
  const reach = source.reach === null && target.reach === null ? null : (source.reach ?? 0) + (target.reach ?? 0);
  await trx
    .updateTable('hoax')
    .set({
      first_seen_at: source.first_seen_at < target.first_seen_at ? source.first_seen_at : target.first_seen_at,
      reach,
      updated_at: at,
    })
    .where('id', '=', target.id)
    .execute();
  await trx
    .updateTable('hoax')
    .set({ status: 'closed', merged_into_id: target.id, updated_at: at })
    .where('id', '=', source.id)
    .execute();
  await history(trx, source, 'mergedInto', 'closed', actor, at, target.id);
  await history(trx, target, 'merged', target.status, actor, at, source.id);
  await w.audit('hoax.merged', 'hoax', source.id, {
    into: target.id,
    sightings: sightings.length,
    screenshots: shots.length,
  });
  announce(w, source, target);
}
