import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approveFully, failure, useStatementsTeam } from '../../../../test/statementsHarness';
import { hoaxInput, screenshotPng } from '../../../../test/hoaxesHarness';
import { crisisInput } from '../../../../test/crisesHarness';
import { docToPlainText } from '../../../shared/statements/plainText';
import { useTempDirs } from '../../../../test/tempDir';

const now = new Date('2026-11-28T03:00:00.000Z');

describe('hoaxes: register, verdicts, clarification', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('registers a claim with sightings and a screenshot stored by its SHA-256, and lists it', async () => {
    const { test, team } = await open(() => now);
    const hoax = await test.value('hoaxes.save', { hoax: hoaxInput() }, team.drafter.sessionId);
    expect(hoax).toMatchObject({
      status: 'reported',
      verdict: null,
      platforms: ['whatsapp', 'facebook'],
      reach: 12000,
      reportedBy: 'Pak RT 04 Mlati',
      createdBy: expect.any(String),
      history: [expect.objectContaining({ action: 'registered', fromStatus: null, toStatus: 'reported' })],
    });
    const withShot = await test.value(
      'hoaxes.uploadScreenshot',
      { hoaxId: hoax.id, fileName: 'tangkapan/layar.png', mimeType: 'image/png', dataBase64: screenshotPng },
      team.drafter.sessionId,
    );
    const sha256 = createHash('sha256').update(Buffer.from(screenshotPng, 'base64')).digest('hex');
    expect(withShot.screenshots).toEqual([
      expect.objectContaining({ sha256, fileName: 'tangkapan_layar.png', mimeType: 'image/png', size: 72 }),
    ]);
    const file = await test.value('hoaxes.screenshot', { hoaxId: hoax.id, sha256 }, team.viewer.sessionId);
    expect(file.dataBase64).toBe(screenshotPng);
    // A JPEG that is really a PNG, and an executable, are refused next to the field; nothing stored.
    // The second is not even a type the contract knows: refused before the core looks at the bytes.
    for (const mimeType of ['image/jpeg', 'application/x-msdownload'] as 'image/jpeg'[]) {
      const bad = await test.call(
        'hoaxes.uploadScreenshot',
        { hoaxId: hoax.id, fileName: 'x', mimeType, dataBase64: screenshotPng },
        team.drafter.sessionId,
      );
      expect(bad.ok).toBe(false);
      expect(bad.ok || bad.error.code).toBe('VALIDATION');
    }
    const again = await test.value('hoaxes.get', { id: hoax.id }, team.drafter.sessionId);
    expect(again.screenshots).toHaveLength(1);

    const page = await test.value('hoaxes.list', { query: 'sermo' }, team.viewer.sessionId);
    expect(page.items.map((item) => item.id)).toEqual([hoax.id]);
    expect(await test.value('hoaxes.list', { platforms: ['tiktok'] }, team.viewer.sessionId)).toEqual({
      items: [],
      total: 0,
    });
  });

  it('refuses bad input next to the field and refuses viewers, writing nothing', async () => {
    const { test, team } = await open(() => now);
    const cases: [Parameters<typeof hoaxInput>[0], (string | number)[], string][] = [
      [{ claim: '  ' }, ['hoax', 'claim'], 'required'],
      [{ region: '99.99' }, ['hoax', 'region'], 'region_unknown'],
      [{ reach: -1 }, ['hoax', 'reach'], 'reach_negative'],
      [{ sightings: [{ platform: 'x', url: 'javascript:alert(1)' }] }, ['hoax', 'sightings', 0, 'url'], 'url_format'],
      [{ firstSeenAt: '2026-11-28T05:00:00.000Z' }, ['hoax', 'firstSeenAt'], 'seen_in_future'],
    ];
    for (const [changes, path, key] of cases) {
      const result = await test.call('hoaxes.save', { hoax: hoaxInput(changes) }, team.drafter.sessionId);
      expect(result.ok || result.error.details?.issues, key).toEqual([expect.objectContaining({ path, message: key })]);
    }
    const viewer = await test.call('hoaxes.save', { hoax: hoaxInput() }, team.viewer.sessionId);
    expect(failure(viewer).code).toBe('FORBIDDEN');
    expect((await test.value('hoaxes.list', {}, team.drafter.sessionId)).total).toBe(0);
  });

  it('moves through the statuses by role: the desk verifies, the head of Humas gives the verdict on evidence', async () => {
    const { test, team } = await open(() => now);
    const hoax = await test.value('hoaxes.save', { hoax: hoaxInput() }, team.drafter.sessionId);
    const verdict = { id: hoax.id, verdict: 'hoax', explanation: 'Bendungan Sermo dalam kondisi aman.' } as const;

    // A drafter may not give the verdict; the reviewer may, but not without evidence.
    expect(failure(await test.call('hoaxes.recordVerdict', verdict, team.drafter.sessionId)).code).toBe('FORBIDDEN');
    expect(failure(await test.call('hoaxes.recordVerdict', verdict, team.reviewer.sessionId))).toEqual({
      code: 'CONFLICT',
      reason: 'verdictNeedsEvidence',
    });
    // No clarification before a verdict.
    expect(
      failure(await test.call('hoaxes.draftClarification', { id: hoax.id, language: 'id' }, team.drafter.sessionId)),
    ).toEqual({ code: 'CONFLICT', reason: 'verdictRequired' });

    const verifying = await test.value('hoaxes.startVerifying', { id: hoax.id }, team.drafter.sessionId);
    expect(verifying).toMatchObject({ status: 'verifying', verifier: { id: team.drafter.account.id } });
    expect(failure(await test.call('hoaxes.startVerifying', { id: hoax.id }, team.drafter2.sessionId))).toMatchObject({
      reason: 'hoaxWrongStatus',
    });
    await test.value(
      'hoaxes.addEvidence',
      {
        hoaxId: hoax.id,
        kind: 'official_source',
        title: 'Keterangan BBWS Serayu Opak: Bendungan Sermo normal',
        url: 'https://sda.pu.go.id/balai/bbwsserayuopak/',
        sourceAt: '2026-11-28T01:30:00.000Z',
      },
      team.drafter.sessionId,
    );
    const decided = await test.value('hoaxes.recordVerdict', verdict, team.reviewer.sessionId);
    expect(decided).toMatchObject({
      status: 'verdict',
      verdict: 'hoax',
      explanation: 'Bendungan Sermo dalam kondisi aman.',
      verifier: { id: team.drafter.account.id },
      // The verdict names who decided it, not who verified.
      verdictBy: { id: team.reviewer.account.id },
      verdictAt: now.toISOString(),
      can: expect.objectContaining({ draftClarification: true, startVerifying: false }),
    });
    expect(decided.history.map((event) => event.toStatus)).toEqual(['reported', 'verifying', 'verdict']);
    // Evidence a verdict rests on stays.
    expect(
      failure(
        await test.call(
          'hoaxes.removeEvidence',
          { hoaxId: hoax.id, evidenceId: decided.evidence[0]!.id },
          team.drafter.sessionId,
        ),
      ),
    ).toMatchObject({ reason: 'hoaxWrongStatus' });
    // Closing before a verdict needs a reason; the desk may not close at all.
    expect(failure(await test.call('hoaxes.close', { id: hoax.id }, team.drafter.sessionId)).code).toBe('FORBIDDEN');
  });

  it('drafts the clarification in the office format, takes it through approval and measures the time to clarify', async () => {
    const { test, team } = await open(() => now);
    const crisis = await test.value('crises.save', { crisis: crisisInput() }, team.drafter.sessionId);
    const hoax = await test.value('hoaxes.save', { hoax: hoaxInput({ crisisId: crisis.id }) }, team.drafter.sessionId);
    await test.value(
      'hoaxes.addEvidence',
      {
        hoaxId: hoax.id,
        kind: 'official_source',
        title: 'Keterangan BBWS Serayu Opak',
        url: 'https://sda.pu.go.id/balai/bbwsserayuopak/',
        sourceAt: '2026-11-28T01:30:00.000Z',
      },
      team.drafter.sessionId,
    );
    await test.value(
      'hoaxes.recordVerdict',
      {
        id: hoax.id,
        verdict: 'hoax',
        explanation: 'Bendungan Sermo dalam kondisi aman.\n\nTidak ada perintah evakuasi.',
      },
      team.reviewer.sessionId,
    );
    const { statementId } = await test.value(
      'hoaxes.draftClarification',
      { id: hoax.id, language: 'id' },
      team.drafter.sessionId,
    );
    const draft = await test.value('statements.get', { id: statementId }, team.drafter.sessionId);
    expect(draft.kind).toBe('hoax_clarification');
    expect(draft.content.title).toBe(
      '[HOAKS] Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini juga',
    );
    const text = docToPlainText(draft.content.body);
    for (const expected of [
      'Klaim yang beredar',
      'Beredar informasi di WhatsApp dan Facebook sejak 28 November 2026, 07.15 WIB',
      'Bendungan Sermo jebol, seluruh warga',
      'Penjelasan',
      'Tidak ada perintah evakuasi.',
      'Sumber resmi',
      'Keterangan BBWS Serayu Opak — https://sda.pu.go.id/balai/bbwsserayuopak/ (28 November 2026, 08.30 WIB)',
      'Informasi tersebut dikategorikan sebagai HOAKS.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(draft.content.tags).toEqual(['hoaks', 'bencana']);
    // Linked to the claim's crisis; one clarification at a time; the verdict is fixed while it is under way.
    expect((await test.value('crises.get', { id: crisis.id }, team.drafter.sessionId)).statements).toEqual([
      expect.objectContaining({ id: statementId, kind: 'hoax_clarification' }),
    ]);
    expect(
      failure(await test.call('hoaxes.draftClarification', { id: hoax.id, language: 'id' }, team.drafter.sessionId)),
    ).toEqual({ code: 'CONFLICT', reason: 'clarificationExists' });
    expect(
      failure(
        await test.call(
          'hoaxes.recordVerdict',
          { id: hoax.id, verdict: 'misinformation', explanation: 'x' },
          team.reviewer.sessionId,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'clarificationInProgress' });

    const approved = await approveFully(test, team, draft);
    expect((await test.value('hoaxes.get', { id: hoax.id }, team.drafter.sessionId)).status).toBe('verdict');
    await test.value('statements.release', { id: approved.id }, team.drafter.sessionId);
    const clarified = await test.value('hoaxes.get', { id: hoax.id }, team.drafter.sessionId);
    expect(clarified).toMatchObject({
      status: 'clarified',
      clarifiedAt: now.toISOString(),
      // 07.15 to 10.00 WIB.
      minutesToClarify: 165,
      clarification: { statementId, status: 'released' },
    });
    expect(clarified.history.at(-1)).toMatchObject({
      action: 'clarified',
      fromStatus: 'verdict',
      toStatus: 'clarified',
    });

    // The crisis counts it, and shows it on its timeline.
    const metrics = await test.value('crises.metrics', { id: crisis.id }, team.drafter.sessionId);
    expect(metrics.hoaxes).toEqual({ registered: 1, clarified: 1, medianMinutesToClarify: 165 });
    const timeline = await test.value('crises.timeline', { id: crisis.id, kinds: ['hoax'] }, team.drafter.sessionId);
    expect(timeline.map((entry) => entry.detail)).toEqual(['reported', 'verdict:hoax', 'clarified']);

    // A clarification is not the crisis's own update: the golden-hour clock still waits for one.
    const board = await test.value('crises.board', {}, team.drafter.sessionId);
    expect(board.crises.find((entry) => entry.id === crisis.id)?.releases).toEqual([]);

    const stats = await test.value('hoaxes.stats', {}, team.viewer.sessionId);
    expect(stats).toMatchObject({
      byStatus: { clarified: 1, reported: 0 },
      byVerdict: { hoax: 1 },
      byTopic: [{ topic: 'Bencana', count: 1 }],
      medianMinutesToClarify: 165,
      clarifiedLast30Days: 1,
    });

    // Closed by the head of Humas, reopened to where it was.
    const closed = await test.value('hoaxes.close', { id: hoax.id, note: 'Selesai' }, team.reviewer.sessionId);
    expect(closed.status).toBe('closed');
    expect((await test.value('hoaxes.reopen', { id: hoax.id }, team.reviewer.sessionId)).status).toBe('clarified');
  });

  it('suggests similar claims and merges a duplicate, keeping its evidence, screenshots and sightings', async () => {
    const { test, team } = await open(() => now);
    const first = await test.value('hoaxes.save', { hoax: hoaxInput() }, team.drafter.sessionId);
    await test.value(
      'hoaxes.save',
      { hoax: hoaxInput({ claim: 'Vaksin campak menyebabkan autisme pada anak', topic: 'Kesehatan' }) },
      team.drafter.sessionId,
    );
    const similar = await test.value(
      'hoaxes.similar',
      { text: 'Warga Kulon Progo harus mengungsi, bendungan Sermo dikabarkan jebol' },
      team.drafter.sessionId,
    );
    expect(similar).toEqual([expect.objectContaining({ id: first.id, status: 'reported' })]);
    expect(similar[0]!.score).toBeGreaterThan(0.6);

    const duplicate = await test.value(
      'hoaxes.save',
      {
        hoax: hoaxInput({
          claim: 'Warga Kulon Progo harus mengungsi, bendungan Sermo dikabarkan jebol',
          firstSeenAt: '2026-11-27T23:50:00.000Z',
          reach: 3000,
          sightings: [
            { platform: 'tiktok', url: 'https://www.tiktok.com/@akun/video/1' },
            { platform: 'whatsapp', url: '' },
          ],
        }),
      },
      team.drafter2.sessionId,
    );
    await test.value(
      'hoaxes.uploadScreenshot',
      { hoaxId: duplicate.id, fileName: 'tiktok.png', mimeType: 'image/png', dataBase64: screenshotPng },
      team.drafter2.sessionId,
    );
    await test.value(
      'hoaxes.addEvidence',
      { hoaxId: duplicate.id, kind: 'evidence', title: 'Video lama 2019 diunggah ulang', url: '' },
      team.drafter2.sessionId,
    );
    // The record itself is not similar to itself.
    expect(
      (
        await test.value('hoaxes.similar', { text: duplicate.claim, excludeId: duplicate.id }, team.drafter.sessionId)
      ).map((entry) => entry.id),
    ).toEqual([first.id]);

    expect(
      failure(await test.call('hoaxes.merge', { sourceId: duplicate.id, targetId: first.id }, team.drafter.sessionId))
        .code,
    ).toBe('FORBIDDEN');
    const self = await test.call('hoaxes.merge', { sourceId: first.id, targetId: first.id }, team.reviewer.sessionId);
    expect(self.ok || self.error.code).toBe('VALIDATION');
    const merged = await test.value(
      'hoaxes.merge',
      { sourceId: duplicate.id, targetId: first.id },
      team.reviewer.sessionId,
    );
    expect(merged).toMatchObject({
      platforms: ['whatsapp', 'facebook', 'tiktok'],
      firstSeenAt: '2026-11-27T23:50:00.000Z',
      reach: 15000,
      merged: [{ id: duplicate.id, claim: duplicate.claim }],
      evidence: [expect.objectContaining({ title: 'Video lama 2019 diunggah ulang' })],
      screenshots: [expect.objectContaining({ fileName: 'tiktok.png' })],
    });
    expect(merged.sightings).toHaveLength(3);
    const source = await test.value('hoaxes.get', { id: duplicate.id }, team.reviewer.sessionId);
    expect(source).toMatchObject({ status: 'closed', mergedInto: { id: first.id }, screenshots: [], evidence: [] });
    expect(failure(await test.call('hoaxes.reopen', { id: duplicate.id }, team.reviewer.sessionId)).reason).toBe(
      'hoaxMerged',
    );
    // Merged records leave the list and the suggestions; the screenshot is now read through the record that stayed.
    expect((await test.value('hoaxes.list', {}, team.drafter.sessionId)).total).toBe(2);
    expect(
      (await test.value('hoaxes.similar', { text: duplicate.claim }, team.drafter.sessionId)).map((s) => s.id),
    ).toEqual([first.id]);
    const sha256 = merged.screenshots[0]!.sha256;
    expect(
      failure(await test.call('hoaxes.screenshot', { hoaxId: duplicate.id, sha256 }, team.drafter.sessionId)).code,
    ).toBe('NOT_FOUND');
    expect((await test.value('hoaxes.screenshot', { hoaxId: first.id, sha256 }, team.drafter.sessionId)).fileName).toBe(
      'tiktok.png',
    );
  });

  it('closes a claim before a verdict only with a reason', async () => {
    const { test, team } = await open(() => now);
    const hoax = await test.value('hoaxes.save', { hoax: hoaxInput() }, team.drafter.sessionId);
    const bare = await test.call('hoaxes.close', { id: hoax.id }, team.reviewer.sessionId);
    expect(bare.ok || bare.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['note'], message: 'close_note_required' }),
    ]);
    const closed = await test.value(
      'hoaxes.close',
      { id: hoax.id, note: 'Tidak lagi beredar' },
      team.reviewer.sessionId,
    );
    expect(closed).toMatchObject({ status: 'closed', closeNote: 'Tidak lagi beredar' });
    expect(failure(await test.call('hoaxes.save', { id: hoax.id, hoax: hoaxInput() }, team.drafter.sessionId))).toEqual(
      {
        code: 'CONFLICT',
        reason: 'hoaxClosed',
      },
    );
    expect((await test.value('hoaxes.reopen', { id: hoax.id }, team.approver.sessionId)).status).toBe('reported');
  });

  it('links a claim only to an open crisis, takes back evidence before the verdict, and revises a verdict with no clarification', async () => {
    const { test, team } = await open(() => now);
    const unknown = await test.call(
      'hoaxes.save',
      { hoax: hoaxInput({ crisisId: '00000000-0000-7000-8000-000000000001' }) },
      team.drafter.sessionId,
    );
    expect(unknown.ok || unknown.error.details?.issues).toEqual([
      expect.objectContaining({ path: ['hoax', 'crisisId'], message: 'unknown_crisis' }),
    ]);
    const crisis = await test.value('crises.save', { crisis: crisisInput() }, team.drafter.sessionId);
    await test.value('crises.setPhase', { id: crisis.id, phase: 'post' }, team.drafter.sessionId);
    await test.value('crises.setStatus', { id: crisis.id, status: 'closed' }, team.drafter.sessionId);
    expect(
      failure(await test.call('hoaxes.save', { hoax: hoaxInput({ crisisId: crisis.id }) }, team.drafter.sessionId)),
    ).toEqual({ code: 'CONFLICT', reason: 'crisisClosed' });
    expect((await test.value('hoaxes.list', {}, team.drafter.sessionId)).total).toBe(0);

    const hoax = await test.value('hoaxes.save', { hoax: hoaxInput() }, team.drafter.sessionId);
    const withEvidence = await test.value(
      'hoaxes.addEvidence',
      { hoaxId: hoax.id, kind: 'evidence', title: 'Foto lama 2019', url: '' },
      team.drafter.sessionId,
    );
    const removed = await test.value(
      'hoaxes.removeEvidence',
      { hoaxId: hoax.id, evidenceId: withEvidence.evidence[0]!.id },
      team.drafter.sessionId,
    );
    expect(removed.evidence).toEqual([]);
    await test.value(
      'hoaxes.addEvidence',
      { hoaxId: hoax.id, kind: 'official_source', title: 'BPBD: bendungan aman', url: 'https://bpbd.slemankab.go.id/' },
      team.drafter.sessionId,
    );
    await test.value(
      'hoaxes.recordVerdict',
      { id: hoax.id, verdict: 'unverifiable', explanation: 'Belum ada data resmi.' },
      team.reviewer.sessionId,
    );
    const revised = await test.value(
      'hoaxes.recordVerdict',
      { id: hoax.id, verdict: 'misinformation', explanation: 'BPBD memastikan bendungan aman.' },
      team.approver.sessionId,
    );
    expect(revised).toMatchObject({ status: 'verdict', verdict: 'misinformation' });
    expect(revised.history.filter((event) => event.action === 'verdict').map((event) => event.note)).toEqual([
      'unverifiable',
      'misinformation',
    ]);
    // An English clarification speaks the verdict in English.
    const { statementId } = await test.value(
      'hoaxes.draftClarification',
      { id: hoax.id, language: 'en' },
      team.drafter.sessionId,
    );
    const draft = await test.value('statements.get', { id: statementId }, team.drafter.sessionId);
    expect(draft.content.title).toMatch(/^\[MISINFORMATION\] Bendungan Sermo jebol/);
    expect(docToPlainText(draft.content.body)).toContain('The information is classified as MISINFORMATION.');
  });
});
