import type { WriteScope } from '../kernel/writeScope';
import type { CoreDeps } from '../kernel/coreDeps';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Hoax, evidenceInputSchema, hoaxInputSchema } from '../../../shared/ipc/hoaxes';
import { maxScreenshotBytes, type screenshotMimeTypes } from '../../../shared/ipc/hoaxes';
import type { Language } from '../../../shared/ipc/preferences';
import { reopenedStatus, type HoaxStatus, type HoaxVerdict } from '../../../shared/hoaxes/vocabulary';
import type { SessionActor } from '../kernel/context';
import { requireOpenCrisis } from '../crises/crisisQueries';
import type { Database } from '../db/schema';
import type { HoaxRow } from '../db/schema/hoax';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { indexHoax } from '../search/hoaxSearch';
import { checkUpload, insertBlob } from '../statements/attachments';
import { draftStatement } from '../statements/drafting';
import { fieldError } from '../kernel/validationError';
import { clarificationContent } from './clarificationContent';
import { findHoaxRow, readHoax } from './hoaxQueries';

type Trx = Transaction<Database>;
type HoaxInput = z.output<typeof hoaxInputSchema>;
type EvidenceInput = z.output<typeof evidenceInputSchema>;

export type HoaxServiceDeps = CoreDeps;

const conflict = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
  new CoreError('CONFLICT', message, { reason, ...extra });

/** Refuses unless the record is in one of `allowed` (CONFLICT, naming the status it is in). */
function statusIs(row: HoaxRow, allowed: readonly HoaxStatus[]): void {
  if (row.status === 'closed' && !allowed.includes('closed')) throw conflict('hoaxClosed', 'The claim is closed');
  if (!allowed.includes(row.status)) {
    throw conflict('hoaxWrongStatus', `The claim is ${row.status}`, { status: row.status });
  }
}

/** A clarification that still counts: drafted and not withdrawn. */
async function liveClarification(trx: Trx, row: HoaxRow): Promise<boolean> {
  if (!row.clarification_statement_id) return false;
  const statement = await trx
    .selectFrom('statement')
    .select('status')
    .where('id', '=', row.clarification_statement_id)
    .executeTakeFirst();
  return statement !== undefined && statement.status !== 'withdrawn';
}

/**
 * The register's changes. Each is one transaction: the change, the record's own history event,
 * one audit entry, and the change events after commit (the crisis too when the claim is linked,
 * since its timeline and figures show the claim).
 */
export function createHoaxService(deps: HoaxServiceDeps) {
  const { db } = deps.store.connection;

  /** A write on one claim, with its row as it stood when the write began. */
  type Scope = WriteScope<SessionActor> & { row: HoaxRow };

  async function history(
    trx: Trx,
    row: { id: string; status: HoaxStatus | null },
    action: string,
    to: HoaxStatus,
    actor: SessionActor,
    at: string,
    note = '',
  ) {
    await trx
      .insertInto('hoax_event')
      .values({
        id: newId(),
        hoax_id: row.id,
        action,
        from_status: row.status,
        to_status: to,
        note,
        by_id: actor.accountId,
        at,
      })
      .execute();
  }

  /** A claim changed; so did the crisis it belongs to (it shows the claim). */
  function announce(w: WriteScope, ...rows: Pick<HoaxRow, 'id' | 'crisis_id'>[]) {
    for (const row of rows) {
      w.emit('hoaxes.changed', { hoaxId: row.id });
      if (row.crisis_id) w.emit('crises.changed', { crisisId: row.crisis_id });
    }
  }

  /** One change to one claim, then the claim as the caller now sees it. */
  async function change(id: string, actor: SessionActor, work: (scope: Scope) => Promise<void>): Promise<Hoax> {
    await deps.write(actor, async (w) => {
      const row = await findHoaxRow(w.trx, id);
      await work({ ...w, row });
      const after = await findHoaxRow(w.trx, id);
      announce(w, after, ...(row.crisis_id && row.crisis_id !== after.crisis_id ? [row] : []));
    });
    return readHoax(db, id, actor);
  }

  async function writeSightings(trx: Trx, hoaxId: string, sightings: HoaxInput['sightings']) {
    await trx.deleteFrom('hoax_sighting').where('hoax_id', '=', hoaxId).execute();
    const seen = new Set<string>();
    let position = 0;
    for (const sighting of sightings) {
      const key = `${sighting.platform} ${sighting.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await trx
        .insertInto('hoax_sighting')
        .values({ id: newId(), hoax_id: hoaxId, platform: sighting.platform, url: sighting.url, position })
        .execute();
      position += 1;
    }
  }

  return {
    /** Registers a claim (id null) or edits one that is not closed. */
    async save(id: string | null, input: HoaxInput, actor: SessionActor): Promise<Hoax> {
      const hoaxId = await deps.write(actor, async (w) => {
        const { trx, at } = w;
        const before = id ? await findHoaxRow(trx, id) : null;
        if (before) statusIs(before, ['reported', 'verifying', 'verdict', 'clarified']);
        // A claim may join an open crisis; one already linked keeps its link after the crisis closes.
        if (input.crisisId && input.crisisId !== before?.crisis_id) {
          const crisis = await trx
            .selectFrom('crisis')
            .select('id')
            .where('id', '=', input.crisisId)
            .executeTakeFirst();
          if (!crisis) throw fieldError(['hoax', 'crisisId'], 'unknown_crisis');
          await requireOpenCrisis(trx, input.crisisId);
        }
        if (Date.parse(input.firstSeenAt) > deps.now().getTime() + 5 * 60_000) {
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
      });
      return readHoax(db, hoaxId, actor);
    },

    /** A screenshot of the claim as it went round; stored once by SHA-256 and refused if not an image. */
    uploadScreenshot(
      input: { hoaxId: string; fileName: string; mimeType: (typeof screenshotMimeTypes)[number]; dataBase64: string },
      actor: SessionActor,
    ): Promise<Hoax> {
      const { data, sha256, fileName } = checkUpload(input, maxScreenshotBytes);
      return change(input.hoaxId, actor, async (w) => {
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
    },

    addEvidence(input: EvidenceInput, actor: SessionActor): Promise<Hoax> {
      return change(input.hoaxId, actor, async (w) => {
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
    },

    /** Evidence can be taken back only before a verdict rests on it. */
    removeEvidence(hoaxId: string, evidenceId: string, actor: SessionActor): Promise<Hoax> {
      return change(hoaxId, actor, async (w) => {
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
    },

    /** The caller takes the claim on: they are its verifier. */
    startVerifying(id: string, actor: SessionActor): Promise<Hoax> {
      return change(id, actor, async (w) => {
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
    },

    /**
     * The verdict with its explanation, resting on at least one piece of evidence or official
     * source. It may be revised until a clarification is under way (the draft would say otherwise).
     */
    recordVerdict(
      input: { id: string; verdict: HoaxVerdict; explanation: string },
      actor: SessionActor,
    ): Promise<Hoax> {
      return change(input.id, actor, async (w) => {
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
            verdict_at: at,
            updated_at: at,
          })
          .where('id', '=', row.id)
          .execute();
        await history(trx, row, 'verdict', 'verdict', actor, at, input.verdict);
        await w.audit('hoax.verdict', 'hoax', row.id, { verdict: input.verdict, previous: row.verdict });
      });
    },

    /**
     * Drafts the clarification statement from the record (verdict required first); it then follows
     * the office's approval chain like any statement. A claim in a crisis links its clarification
     * to that crisis while the crisis is open.
     */
    async draftClarification(id: string, language: Language, actor: SessionActor): Promise<{ statementId: string }> {
      const statementId = await deps.write(actor, async (w) => {
        const { trx, at } = w;
        const row = await findHoaxRow(trx, id);
        if (row.status === 'reported' || row.status === 'verifying') {
          throw conflict('verdictRequired', 'Record a verdict before drafting the clarification');
        }
        statusIs(row, ['verdict']);
        if (await liveClarification(trx, row)) throw conflict('clarificationExists', 'A clarification exists');
        const office = await trx.selectFrom('office').selectAll().executeTakeFirstOrThrow();
        const platforms = await trx
          .selectFrom('hoax_sighting')
          .select('platform')
          .distinct()
          .where('hoax_id', '=', row.id)
          .execute();
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
            platforms: platforms.map((entry) => entry.platform),
            officialSources: sources.map((source) => ({ ...source, sourceAt: source.source_at })),
            office: { name: office.agency_name, website: office.website, timeZone: office.time_zone },
          },
          language,
        );
        const newStatementId = await draftStatement(w, { ...content, mediaContactId: actor.accountId });
        if (row.crisis_id) {
          const crisis = await trx
            .selectFrom('crisis')
            .select('status')
            .where('id', '=', row.crisis_id)
            .executeTakeFirst();
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
      });
      return { statementId };
    },

    /** Closing before a verdict needs a reason (a duplicate, a claim that died out). */
    close(id: string, note: string, actor: SessionActor): Promise<Hoax> {
      return change(id, actor, async (w) => {
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
    },

    /** Back to where the record says it was; a merged record stays merged. */
    reopen(id: string, actor: SessionActor): Promise<Hoax> {
      return change(id, actor, async (w) => {
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
    },

    /**
     * Folds a duplicate into the record that stays: its sightings, screenshots and evidence move
     * over (nothing is dropped), the earliest sighting and the summed reach are kept, and the
     * duplicate is closed pointing at the record it joined.
     */
    async merge(sourceId: string, targetId: string, actor: SessionActor): Promise<Hoax> {
      await deps.write(actor, async (w) => {
        const { trx, at } = w;
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
          .select(['platform', 'url'])
          .where('hoax_id', 'in', [target.id, source.id])
          // The record that stays lists its own sightings first.
          .orderBy((eb) => eb.case().when('hoax_id', '=', target.id).then(0).else(1).end())
          .orderBy('position')
          .execute();
        await writeSightings(
          trx,
          target.id,
          sightings.map((sighting) => ({ platform: sighting.platform, url: sighting.url })),
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
      });
      return readHoax(db, targetId, actor);
    },
  };
}

export type HoaxService = ReturnType<typeof createHoaxService>;
