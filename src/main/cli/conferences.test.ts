import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openStatementsTeam } from '../../../test/statementsTeam';
import { useTempDirs } from '../../../test/tempDir';
import { runCli } from './run';
import { captureIo as io } from '../../../test/cliHarness';

describe('siaga conferences', () => {
  const tempDir = useTempDirs();

  it('lists conferences as JSON and exports one as an iCalendar file in its own zone', async () => {
    const dataDir = tempDir();
    const { test, team } = await openStatementsTeam(dataDir);
    const saved = await test.value(
      'conferences.save',
      {
        conference: {
          title: 'Media briefing vaksinasi, tahap 2',
          kind: 'media_briefing',
          startsAt: '2026-12-03T01:00:00.000Z',
          endsAt: '2026-12-03T02:00:00.000Z',
          zone: 'Asia/Makassar',
          venueMode: 'online',
          onlineLink: 'https://meet.example/abc',
        },
      },
      team.drafter.sessionId,
    );
    await test.core.close();

    const list = io();
    expect(await runCli(['conferences', 'list', '--json', '--data-dir', dataDir], list.io)).toBe(0);
    expect(JSON.parse(list.out.join('\n'))).toMatchObject([
      { id: saved.id, zone: 'Asia/Makassar', kind: 'media_briefing' },
    ]);

    const file = join(tempDir(), 'briefing.ics');
    expect(await runCli(['conferences', 'export-ics', saved.id, '--out', file, '--data-dir', dataDir], io().io)).toBe(
      0,
    );
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Media briefing vaksinasi, tahap 2');
    expect(event.startDate.toString()).toMatch(/^2026-12-03T09:00:00/);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T01:00:00.000Z');

    const missing = io();
    expect(await runCli(['conferences', 'export-ics', '--data-dir', dataDir], missing.io)).toBe(2);
    const unknown = io();
    expect(
      await runCli(
        ['conferences', 'export-ics', '01a22098-0000-7000-8000-000000000000', '--out', file, '--data-dir', dataDir],
        unknown.io,
      ),
    ).toBe(1);
  });

  it('prints a stored title holding terminal sequences and line breaks as escapes, one line per conference', async () => {
    const dataDir = tempDir();
    const { test, team } = await openStatementsTeam(dataDir);
    const saved = await test.value(
      'conferences.save',
      {
        conference: {
          title: 'Briefing',
          kind: 'media_briefing',
          startsAt: '2026-12-03T01:00:00.000Z',
          endsAt: '2026-12-03T02:00:00.000Z',
          zone: 'Asia/Jakarta',
          venueMode: 'online',
          onlineLink: 'https://meet.example/abc',
        },
      },
      team.drafter.sessionId,
    );
    // Written past the core (the core refuses such a title): a record from a tampered or old file.
    await test.core.store.connection.db
      .updateTable('conference')
      .set({ title: 'Briefing \u001b[31mmerah\u0007\r\n0000  forged line' })
      .where('id', '=', saved.id)
      .execute();
    await test.core.close();

    const list = io();
    expect(await runCli(['conferences', 'list', '--data-dir', dataDir], list.io)).toBe(0);
    const printed = list.out.join('\n');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(printed.split('\n')).toHaveLength(1);
    expect(printed).toContain('Briefing \\u001b[31mmerah\\u0007\\r\\n0000  forged line');
  });
});
