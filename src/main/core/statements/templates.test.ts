import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { body, failure, readyStatement, submit, useStatementsTeam } from '../../../../test/statementsHarness';
import { builtInTemplateId } from './builtInTemplates';

describe('templates and the approval chain', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('ships a template per kind in both languages; an office edit replaces the built-in and is used', async () => {
    // A fixed clock: {date} is today in the office zone (WIB), and the assertion names the day.
    const { test, team } = await openTeam(() => new Date('2026-11-28T03:00:00.000Z'));
    const all = await test.value('statements.templates', {}, team.viewer.sessionId);
    expect(all).toHaveLength(16);
    const {
      builtIn: _builtIn,
      updatedAt: _updatedAt,
      ...holding
    } = all.find((template) => template.id === builtInTemplateId('id.holding_statement'))!;
    // CERC's first message: empathy, facts, unknowns, actions, next update, where to get information.
    for (const part of [
      'Kepedulian',
      'Yang sudah dipastikan',
      'Yang belum diketahui',
      'Yang sedang dilakukan',
      'Sumber informasi resmi',
    ]) {
      expect(JSON.stringify(holding.body)).toContain(part);
    }

    const edited = await test.value(
      'statements.saveTemplate',
      { ...holding, name: 'Pernyataan awal Sleman', body: body('{office} memantau {crisis} sejak {date}.') },
      team.reviewer.sessionId,
    );
    expect(edited).toMatchObject({ id: holding.id, builtIn: true, name: 'Pernyataan awal Sleman' });
    const holdingTemplates = await test.value(
      'statements.templates',
      { kind: 'holding_statement' },
      team.drafter.sessionId,
    );
    expect(holdingTemplates.map((template) => template.name)).toEqual([
      'Crisis holding statement (CERC)',
      'Pernyataan awal Sleman',
    ]);

    const created = await test.value(
      'statements.create',
      { kind: 'holding_statement', language: 'id', templateId: null },
      team.drafter.sessionId,
    );
    expect(created.content.body).toEqual(
      body('Dinas Komunikasi dan Informatika Kabupaten Sleman memantau {crisis} sejak 28 November 2026.'),
    );

    const own = await test.value(
      'statements.saveTemplate',
      {
        id: null,
        kind: 'update',
        language: 'id',
        name: 'Update banjir',
        title: 'Update banjir {date}',
        summary: '',
        body: body('Isi'),
      },
      team.admin,
    );
    expect(own.builtIn).toBe(false);
    await test.value('statements.deleteTemplate', { id: own.id }, team.admin);
    await test.value('statements.deleteTemplate', { id: builtInTemplateId('en.qa') }, team.admin);
    const after = await test.value('statements.templates', {}, team.viewer.sessionId);
    expect(after.map((template) => template.id)).not.toContain(own.id);
    expect(after.map((template) => template.id)).not.toContain(builtInTemplateId('en.qa'));
    expect(
      failure(
        await test.call(
          'statements.create',
          { kind: 'qa', language: 'en', templateId: own.id },
          team.drafter.sessionId,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect(failure(await test.call('statements.saveTemplate', { ...holding }, team.drafter.sessionId)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('a changed chain applies to new submissions; statements in review keep theirs', async () => {
    const { test, team } = await openTeam();
    const before = await readyStatement(test, team.drafter.sessionId, 'Sebelum');
    await submit(test, team, before);
    expect(failure(await test.call('statements.updateChain', { steps: [] }, team.admin)).code).toBe('VALIDATION');
    expect(
      failure(await test.call('statements.updateChain', { steps: [{ roles: ['approver'] }] }, team.reviewer.sessionId))
        .code,
    ).toBe('FORBIDDEN');
    await test.value(
      'statements.updateChain',
      { steps: [{ roles: ['spokesperson'] }, { roles: ['approver'] }] },
      team.admin,
    );

    const after = await submit(test, team, await readyStatement(test, team.drafter.sessionId, 'Sesudah'));
    expect(after.chain.map((step) => step.roles.join('|'))).toEqual(['spokesperson', 'approver']);
    expect(
      (await test.value('statements.get', { id: before.id }, team.viewer.sessionId)).chain.map((step) =>
        step.roles.join('|'),
      ),
    ).toEqual(['reviewer', 'approver']);
    const signed = await test.value(
      'statements.approve',
      { id: after.id, revisionId: after.currentRevisionId, comment: 'Siap saya sampaikan.' },
      team.spokesperson.sessionId,
    );
    expect(signed.pendingStep).toEqual({ index: 1, roles: ['approver'] });
  });
});
