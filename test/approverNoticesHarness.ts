/** The approver-notice tests' office, with no test-runner dependency (both stores' suites use it). */
import { crisisInput } from './crisesHarness';
import { mailSettings } from './distributionHarness';
import type { TestCore } from './coreHarness';
import type { TestSmtpServer } from './smtpHarness';
import { body, edited, giveEmail, type StatementsTeam } from './statementsTeam';

/**
 * A mail server; the leader (pimpinan@) alone approves holding statements, redaktur2 (redaktur2@)
 * stands in for the leader on 28 November 2026; an open flood crisis with its holding statement
 * written, not yet submitted.
 */
export async function crisisAwaitingApproval(test: TestCore, team: StatementsTeam, smtp: TestSmtpServer) {
  await test.value('distribution.saveSettings', mailSettings(smtp), team.admin);
  await giveEmail(test, team, 'approver', 'pimpinan@sleman.test');
  await giveEmail(test, team, 'reviewer2', 'redaktur2@sleman.test');
  await test.value(
    'statements.updateChain',
    { kind: 'holding_statement', steps: [{ roles: ['approver'] }] },
    team.admin,
  );
  await test.value(
    'statements.nameStandIn',
    {
      accountId: team.approver.account.id,
      standInId: team.reviewer2.account.id,
      startsAt: '2026-11-28T00:00:00.000Z',
      endsAt: '2026-11-29T00:00:00.000Z',
    },
    team.admin,
  );
  const crisis = await test.value(
    'crises.save',
    { crisis: crisisInput({ title: 'Banjir lahar hujan Kecamatan Cangkringan' }) },
    team.drafter.sessionId,
  );
  const holding = await test.value(
    'statements.create',
    { kind: 'holding_statement', language: 'id', templateId: null, crisisId: crisis.id },
    team.drafter.sessionId,
  );
  const written = await test.value(
    'statements.save',
    edited(holding, { body: body('Kami turut prihatin atas banjir.', 'Warga mengungsi ke balai desa.') }),
    team.drafter.sessionId,
  );
  return { crisis, written };
}
