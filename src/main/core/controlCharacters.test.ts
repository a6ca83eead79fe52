import { describe, expect, it } from 'vitest';
import { openTestCore, setUpOffice } from '../../../test/coreHarness';
import { openStatementsTeam } from '../../../test/statementsTeam';
import { useTempDirs } from '../../../test/tempDir';
import type { Channel } from '../../shared/ipc/contract';

const issuesOf = (result: { ok: boolean; error?: { code: string; details?: { issues?: unknown[] } } }) =>
  result.ok ? 'ok' : { code: result.error?.code, issues: result.error?.details?.issues };

describe('control characters at the core boundary', () => {
  const tempDir = useTempDirs();

  it('a NUL in a search, a filter or a saved segment is VALIDATION on its field, and the lists keep working', async () => {
    const test = await openTestCore(tempDir(), () => new Date('2026-11-28T03:00:00.000Z'));
    try {
      const admin = await setUpOffice(test);
      const searches: [Channel, Record<string, unknown>, (string | number)[]][] = [
        ['statements.list', { query: 'banjir\u0000' }, ['query']],
        ['contacts.list', { query: 'a\u0000b' }, ['query']],
        ['contacts.list', { tags: ['ok', 'a\u0000b'] }, ['tags', 1]],
        ['hoaxes.list', { query: '\u0000' }, ['query']],
        ['contacts.export', { format: 'csv', filter: { query: 'a\u0000b' } }, ['filter', 'query']],
        [
          'contacts.saveList',
          { name: 'Segmen', kind: 'segment', description: '', filter: { query: 'a\u0000b' } },
          ['filter', 'query'],
        ],
      ];
      for (const [channel, input, path] of searches) {
        expect(issuesOf(await test.call(channel, input as never, admin)), channel).toEqual({
          code: 'VALIDATION',
          issues: [{ path, rule: 'custom', message: 'control_characters' }],
        });
      }
      expect(await test.value('contacts.lists', {}, admin)).toEqual([]);
      const audit = await test.value('audit.list', {}, admin);
      expect(audit.events.map((event) => event.action)).not.toContain('list.created');
    } finally {
      await test.core.close();
    }
  });

  it('a one-line field refuses a line break or tab; a multi-line field keeps them', async () => {
    const { test, team } = await openStatementsTeam(tempDir(), () => new Date('2026-11-28T03:00:00.000Z'));
    const drafter = team.drafter.sessionId;
    try {
      const conference = (title: string, notes: string) => ({
        conference: {
          title,
          kind: 'media_briefing' as const,
          startsAt: '2026-12-03T01:00:00.000Z',
          endsAt: '2026-12-03T02:00:00.000Z',
          zone: 'Asia/Jakarta' as const,
          venueMode: 'online' as const,
          onlineLink: 'https://meet.example/abc',
          notes,
        },
      });
      const forged = await test.call('conferences.save', conference('Briefing\r\n0000  forged', ''), drafter);
      expect(issuesOf(forged)).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: ['conference', 'title'], message: 'single_line' }],
      });
      const escape = await test.call('conferences.save', conference('Briefing \u001b[31mmerah', ''), drafter);
      expect(issuesOf(escape)).toMatchObject({
        issues: [{ path: ['conference', 'title'], message: 'control_characters' }],
      });
      const saved = await test.value('conferences.save', conference('Briefing', 'Baris satu\n\tBaris dua'), drafter);
      expect(saved.notes).toBe('Baris satu\n\tBaris dua');
    } finally {
      await test.core.close();
    }
  });
});
