import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { approvedStatement } from '../../../../../test/distributionHarness';
import { useStatementsTeam } from '../../../../../test/statementsHarness';
import { useTempDirs } from '../../../../../test/tempDir';
import { capDateTime } from './capAlert';

const capSchema = readFileSync(join(__dirname, '../../../../../resources/schemas/CAP-v1.2.xsd'), 'utf8');

async function validCap(xml: string) {
  const result = await validateXML({
    xml: [{ fileName: 'alert.xml', contents: xml }],
    schema: [{ fileName: 'CAP-v1.2.xsd', contents: capSchema }],
  });
  return result;
}

describe('release channels from the approved revision', () => {
  const tempDir = useTempDirs();
  const open = useStatementsTeam(tempDir);

  it('writes CAP 1.2 that the OASIS schema accepts, with an Update referencing the corrected alert', async () => {
    const { test, team } = await open();
    const statement = await approvedStatement(test, team, 'Peringatan dini banjir & longsor <Sleman>');
    const file = await test.value(
      'distribution.cap',
      {
        statementId: statement.id,
        cap: {
          category: 'Met',
          event: 'Banjir',
          urgency: 'Immediate',
          severity: 'Severe',
          certainty: 'Likely',
          instruction: 'Warga di bantaran Kali Code agar mengungsi ke balai desa.',
          areas: ['34.04', '34'],
        },
      },
      team.drafter.sessionId,
    );
    const xml = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const result = await validCap(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<msgType>Alert</msgType>');
    expect(xml).toContain('<areaDesc>Kabupaten Sleman, DI Yogyakarta; DI Yogyakarta</areaDesc>');
    expect(xml).toContain('Peringatan dini banjir &amp; longsor &lt;Sleman&gt;');
    expect(xml).toMatch(/<sent>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00<\/sent>/);

    // Released, then corrected: the correction's alert is an Update that names the first alert.
    await test.value('statements.release', { id: statement.id }, team.drafter.sessionId);
    const correction = await test.value(
      'statements.correct',
      { id: statement.id, mode: 'correction' },
      team.drafter.sessionId,
    );
    const { approveFully } = await import('../../../../../test/statementsHarness');
    const approved = await approveFully(test, team, correction);
    const update = Buffer.from(
      (await test.value('distribution.cap', { statementId: approved.id }, team.drafter.sessionId)).dataBase64,
      'base64',
    ).toString('utf8');
    expect((await validCap(update)).valid).toBe(true);
    expect(update).toContain('<msgType>Update</msgType>');
    expect(update).toContain(`siaga-${statement.id}`);
    expect(update).toMatch(/<references>diskominfo@slemankab\.go\.id,siaga-[0-9a-f-]+,\S+\+07:00<\/references>/);

    // A schema check that can fail: the same alert with a UTC "Z" time is refused.
    const broken = update.replace(/(<sent>[^<]+)\+07:00</, '$1Z<');
    expect((await validCap(broken)).valid).toBe(false);
  });

  it('writes CAP times in the office zone', () => {
    expect(capDateTime('2026-11-28T03:04:05.678Z', 'Asia/Jakarta')).toBe('2026-11-28T10:04:05+07:00');
    expect(capDateTime('2026-11-28T20:00:00.000Z', 'Asia/Jayapura')).toBe('2026-11-29T05:00:00+09:00');
  });

  it('packages the website release: index, HTML, JSON, an RSS feed a feed reader parses, attachments', async () => {
    const { test, team } = await open();
    const first = await approvedStatement(test, team, 'Posko pengungsian dibuka');
    await test.value('statements.release', { id: first.id }, team.drafter.sessionId);
    const statement = await approvedStatement(test, team, 'Update banjir: air mulai surut');
    const file = await test.value('distribution.sitePackage', { statementId: statement.id }, team.drafter.sessionId);
    expect(file.mimeType).toBe('application/zip');
    const files = unzipSync(new Uint8Array(Buffer.from(file.dataBase64, 'base64')));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['index.html', 'statement.json', 'feed.xml']));
    const json = JSON.parse(Buffer.from(files['statement.json']!).toString('utf8')) as {
      title: string;
      page: string;
      revision: { sha256: string };
    };
    expect(json.title).toBe('Update banjir: air mulai surut');
    expect(names).toContain(json.page);
    const page = Buffer.from(files[json.page]!).toString('utf8');
    expect(page).toContain('Update banjir: air mulai surut');
    // A portal that sends no charset still shows é and — correctly.
    expect(page).toMatch(/^<!doctype html>\n<html lang="id"><head><meta charset="utf-8">/);
    const feed = await new Parser().parseString(Buffer.from(files['feed.xml']!).toString('utf8'));
    expect(feed.items.map((item) => item.title)).toEqual([
      'Update banjir: air mulai surut',
      'Posko pengungsian dibuka',
    ]);
    expect(feed.items[0]!.link).toMatch(/^https:\/\/diskominfo\.slemankab\.go\.id\//);
    expect(feed.items[0]!.guid).toBe(statement.id);
    const index = Buffer.from(files['index.html']!).toString('utf8');
    expect(index).toContain('feed.xml');
    expect(index).toContain(json.page);
  });

  it('refuses channels for a statement that is not approved', async () => {
    const { test, team } = await open();
    const { readyStatement } = await import('../../../../../test/statementsHarness');
    const draft = await readyStatement(test, team.drafter.sessionId);
    const cap = await test.call('distribution.cap', { statementId: draft.id }, team.drafter.sessionId);
    expect(cap.ok || cap.error.details).toMatchObject({ reason: 'notApproved' });
    const site = await test.call('distribution.sitePackage', { statementId: draft.id }, team.drafter.sessionId);
    expect(site.ok || site.error.details).toMatchObject({ reason: 'notApproved' });
  });
});
