import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tickingClock } from '../../../../test/clock';
import { crisisInput } from '../../../../test/crisesHarness';
import { slemanRules, useFeedServer } from '../../../../test/feedServer';
import { approveFully, failure, readyStatement, useStatementsTeam } from '../../../../test/statementsHarness';
import { useTempDirs } from '../../../../test/tempDir';

const gempa = readFileSync(join(__dirname, '../../../../test/fixtures/feeds/bmkg-gempaterkini.json'), 'utf8');

/** An outlet's RSS feed with the given stories (title, text, publication time in UTC). */
function rss(items: { id: string; title: string; text: string; at: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Sleman</title><link>https://kabar.example/</link><description>Berita</description>
${items
  .map(
    (item) => `<item><guid>${item.id}</guid><title>${item.title}</title><link>https://kabar.example/${item.id}</link>
<description>${item.text}</description><pubDate>${new Date(item.at).toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

let news = rss([]);

describe('acting on signals', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);
  const { base } = useFeedServer((request, response) => {
    response.writeHead(200).end(request.url === '/berita.xml' ? news : gempa);
  });

  it('an earthquake opens a crisis whose clock starts at the warning, with its measurements as official figures, once', async () => {
    const { test, team } = await open(tickingClock('2026-12-04T03:20:00.000Z'));
    await test.value('feeds.saveRules', slemanRules, team.admin);
    const feed = await test.value(
      'feeds.add',
      { kind: 'bmkg_quake', name: 'BMKG', url: `${base()}/gempaterkini.json`, outletId: null, intervalMinutes: 2 },
      team.admin,
    );
    await test.value('feeds.poll', { id: feed.id }, team.admin);
    const [warning] = await test.value('feeds.signals', { pendingOnly: true }, team.drafter.sessionId);
    expect(warning).toMatchObject({ kind: 'quake', crisisId: null, dismissedAt: null, hoaxId: null });

    const detail = await test.value('feeds.signal', { id: warning!.id }, team.drafter.sessionId);
    expect(detail.facts).toMatchObject({ kind: 'quake', magnitude: 5.6, region: '38 km BaratDaya BANTUL-DIY' });
    expect(detail.draft).toEqual({
      severity: 2,
      // Matched by distance: the office's own regency.
      regions: ['34.04'],
      firstSignalAt: '2026-12-04T03:15:30.000Z',
      figures: [
        { key: 'magnitude', value: 5.6, unit: 'M', source: 'BMKG', asOf: '2026-12-04T03:15:30.000Z' },
        { key: 'depth', value: 10, unit: 'km', source: 'BMKG', asOf: '2026-12-04T03:15:30.000Z' },
      ],
    });

    const input = {
      signalId: warning!.id,
      crisis: crisisInput({ title: 'Gempa M 5,6 Bantul', firstSignalAt: detail.draft.firstSignalAt }),
      figures: [{ label: 'Magnitudo', value: 5.6, unit: 'M', source: 'BMKG', asOf: detail.draft.firstSignalAt }],
    };
    expect(failure(await test.call('feeds.openCrisis', input, team.viewer.sessionId))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A bad figure is refused whole: no crisis, the signal still open.
    expect(
      failure(
        await test.call(
          'feeds.openCrisis',
          { ...input, figures: [{ ...input.figures[0]!, value: -1 }] },
          team.drafter.sessionId,
        ),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    const crisis = await test.value('feeds.openCrisis', input, team.drafter.sessionId);
    expect(crisis).toMatchObject({ title: 'Gempa M 5,6 Bantul', firstSignalAt: '2026-12-04T03:15:30.000Z' });
    expect(await test.value('crises.figures', { id: crisis.id }, team.drafter.sessionId)).toEqual([
      expect.objectContaining({ label: 'Magnitudo', value: 5.6, unit: 'M', source: 'BMKG', version: 1 }),
    ]);
    expect(await test.value('feeds.signals', { pendingOnly: true }, team.drafter.sessionId)).toEqual([]);
    expect(await test.value('feeds.signal', { id: warning!.id }, team.drafter.sessionId)).toMatchObject({
      crisisId: crisis.id,
    });
    // A second desk acting on the same warning is told, and no second crisis is opened.
    expect(failure(await test.call('feeds.openCrisis', input, team.reviewer.sessionId))).toEqual({
      code: 'CONFLICT',
      reason: 'signalUsed',
    });
    expect(await test.value('crises.list', { status: 'all' }, team.drafter.sessionId)).toHaveLength(1);
    expect(failure(await test.call('feeds.dismissSignal', { id: warning!.id }, team.drafter.sessionId))).toEqual({
      code: 'CONFLICT',
      reason: 'signalUsed',
    });
    // A quake is not a rumour.
    expect(
      failure(await test.call('feeds.recordSighting', { signalId: warning!.id, claim: 'x' }, team.drafter.sessionId)),
    ).toMatchObject({ code: 'VALIDATION' });
    const audit = await test.value('audit.list', { limit: 30 }, team.admin);
    expect(audit.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['feed.crisisOpened', 'crisis.opened', 'crisis.figureRecorded']),
    );
  });

  it('news finds our released statement (pickup on the statement, the crisis and its report), records rumours as sightings, and sets the rest aside', async () => {
    const { test, team } = await open(tickingClock('2026-12-04T03:20:00.000Z'));
    const drafter = team.drafter.sessionId;
    await test.value('feeds.saveRules', slemanRules, team.admin);
    const crisis = await test.value(
      'crises.save',
      { crisis: crisisInput({ firstSignalAt: '2026-12-04T02:00:00.000Z' }) },
      drafter,
    );
    const statement = await readyStatement(test, drafter, 'Banjir di Kecamatan Mlati Surut');
    await test.value('crises.link', { crisisId: crisis.id, statementId: statement.id }, drafter);
    const approved = await approveFully(test, team, statement);
    await test.value('statements.release', { id: approved.id }, team.approver.sessionId);

    news = rss([
      // Its title, retyped in capitals with a different dash: pickup by title.
      {
        id: 'a1',
        title: 'BANJIR DI KECAMATAN MLATI SURUT — warga pulang',
        text: 'Laporan.',
        at: '2026-12-04T03:40:00Z',
      },
      // Eight words of its body in a row: pickup by phrase.
      {
        id: 'a2',
        title: 'Pengungsi di balai desa',
        text: 'Menurut Humas, sebanyak 120 keluarga mengungsi ke balai desa. Bantuan logistik telah disalurkan.',
        at: '2026-12-04T04:10:00Z',
      },
      // Before the release: not ours, whatever its words.
      { id: 'a3', title: 'Banjir di Kecamatan Mlati Surut', text: '', at: '2026-12-03T20:00:00Z' },
      // A rumour, and a second sighting of it.
      {
        id: 'r1',
        title: 'Bendungan Sermo jebol, warga diminta mengungsi',
        text: 'Kabar beredar.',
        at: '2026-12-04T03:00:00Z',
      },
      { id: 'r2', title: 'Viral: Sermo jebol malam ini', text: 'Pesan berantai.', at: '2026-12-04T03:05:00Z' },
      // Matches a word of the rules ("banjir") but is not the office's concern: set aside.
      { id: 'b1', title: 'Banjir rob di Jakarta Utara', text: '', at: '2026-12-04T03:10:00Z' },
    ]);
    const feed = await test.value(
      'feeds.add',
      { kind: 'news', name: 'Kabar Sleman', url: `${base()}/berita.xml`, outletId: null, intervalMinutes: 15 },
      team.admin,
    );
    expect(await test.value('feeds.poll', { id: feed.id }, team.admin)).toMatchObject({ newSignals: 6, pickedUp: 2 });

    const pickup = await test.value('feeds.pickup', { statementId: approved.id }, drafter);
    expect(pickup.map((story) => [story.title, story.foundBy, story.feedName])).toEqual([
      ['BANJIR DI KECAMATAN MLATI SURUT — warga pulang', 'title', 'Kabar Sleman'],
      ['Pengungsi di balai desa', 'phrase', 'Kabar Sleman'],
    ]);
    expect(await test.value('feeds.pickup', { crisisId: crisis.id }, drafter)).toEqual(pickup);
    const metrics = await test.value('crises.metrics', { id: crisis.id }, drafter);
    expect(metrics.pickup).toMatchObject({ stories: 2, outlets: 1, firstStatementOutlets: ['Kabar Sleman'] });
    // Polled again: nothing new, no second link.
    expect(await test.value('feeds.poll', { id: feed.id }, team.admin)).toMatchObject({ newSignals: 0, pickedUp: 0 });

    const signals = await test.value('feeds.signals', {}, drafter);
    const byTitle = (start: string) => signals.find((signal) => signal.title.startsWith(start))!;
    const rumour = await test.value(
      'feeds.recordSighting',
      { signalId: byTitle('Bendungan').id, claim: 'Bendungan Sermo jebol', crisisId: crisis.id },
      drafter,
    );
    expect(
      failure(await test.call('feeds.recordSighting', { signalId: byTitle('Bendungan').id, claim: 'x' }, drafter)),
    ).toEqual({ code: 'CONFLICT', reason: 'signalRecorded' });
    await test.value('feeds.recordSighting', { signalId: byTitle('Viral').id, hoaxId: rumour.hoaxId }, drafter);
    const claim = await test.value('hoaxes.get', { id: rumour.hoaxId }, drafter);
    expect(claim).toMatchObject({
      claim: 'Bendungan Sermo jebol',
      firstSeenAt: '2026-12-04T03:00:00.000Z',
      reportedBy: 'Kabar Sleman',
      crisis: { id: crisis.id },
      sightings: [
        { platform: 'online_media', url: 'https://kabar.example/r1' },
        { platform: 'online_media', url: 'https://kabar.example/r2' },
      ],
    });
    // Editing the claim keeps where its sightings came from.
    await test.value(
      'hoaxes.save',
      {
        id: rumour.hoaxId,
        hoax: {
          claim: 'Bendungan Sermo jebol (pesan berantai)',
          firstSeenAt: claim.firstSeenAt,
          crisisId: crisis.id,
          sightings: [...claim.sightings, { platform: 'whatsapp', url: '' }],
        },
      },
      drafter,
    );
    expect(await test.value('feeds.signal', { id: byTitle('Viral').id }, drafter)).toMatchObject({
      hoaxId: rumour.hoaxId,
    });

    const aside = byTitle('Banjir rob');
    expect(aside.match).toEqual([{ kind: 'keyword', word: 'banjir' }]);
    expect(failure(await test.call('feeds.dismissSignal', { id: aside.id }, team.viewer.sessionId))).toMatchObject({
      code: 'FORBIDDEN',
    });
    await test.value('feeds.dismissSignal', { id: aside.id }, drafter);
    expect(failure(await test.call('feeds.dismissSignal', { id: aside.id }, drafter))).toEqual({
      code: 'CONFLICT',
      reason: 'signalDismissed',
    });
    // What still waits: neither what was set aside, nor the rumour recorded, nor the stories that
    // ran our statement (coverage, though "banjir" is one of the office's words) — only the story
    // from before the release, which matched the word and is nobody's coverage.
    const pending = await test.value('feeds.signals', { pendingOnly: true }, drafter);
    expect(pending.map((signal) => signal.title)).toEqual(['Banjir di Kecamatan Mlati Surut']);
    const matched = await test.value('feeds.signals', { matchedOnly: true }, drafter);
    expect(matched.filter((signal) => signal.pickup).map((signal) => signal.title)).toEqual([
      'BANJIR DI KECAMATAN MLATI SURUT — warga pulang',
    ]);
  });
});
