import { Alert, Badge, Code, Paper, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../shared/ipc/statements';
import { useMe } from '../../components/useSession';
import { RevisionText } from './RevisionText';
import { DecisionForm } from './DecisionForm';
import { useDecision } from './useDecision';
import { stepRolesLabel } from './stepRoles';

/** The round's steps and, for whoever's turn it is, the exact revision to approve or send back. */
export function ApprovalPanel({
  statement,
  formatInstant,
}: {
  statement: Statement;
  formatInstant: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const decision = useDecision(statement);
  const pending = statement.pendingStep;
  const roles = me.data?.roles ?? [];
  // One person decides at most one step of a round, whatever roles they hold.
  const decidedEarlierStep = statement.chain.some(
    (step) =>
      step.decision?.outcome === 'approved' &&
      (step.decision.by.id === me.data?.id || step.decision.onBehalfOf?.id === me.data?.id),
  );

  return (
    <Stack>
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">
          {t('statements.approval.chain')}
        </Text>
        {statement.chain.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('statements.approval.notSubmitted')}
          </Text>
        ) : (
          <Timeline
            active={statement.chain.filter((step) => step.decision?.outcome === 'approved').length - 1}
            bulletSize={20}
          >
            {statement.chain.map((step) => (
              <Timeline.Item
                key={step.index}
                title={t('statements.approval.step', { n: step.index + 1, role: stepRolesLabel(t, step.roles) })}
              >
                {step.decision ? (
                  <Text size="sm" c={step.decision.outcome === 'approved' ? 'teal' : 'orange'}>
                    {t(
                      step.decision.outcome === 'approved'
                        ? 'statements.approval.approvedBy'
                        : 'statements.approval.changesBy',
                      {
                        name: step.decision.by.fullName,
                        time: formatInstant(step.decision.at),
                      },
                    )}
                    {step.decision.onBehalfOf &&
                      ` ${t('statements.approval.onBehalfOf', { name: step.decision.onBehalfOf.fullName })}`}
                  </Text>
                ) : (
                  <Badge variant="light" color={pending?.index === step.index ? 'blue' : 'gray'}>
                    {t('statements.approval.pending')}
                  </Badge>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('statements.approval.revisionHash')}: <Code>{statement.currentRevisionHash}</Code>
        </Text>
      </Paper>
      {statement.status === 'in_review' && pending && (
        <Paper withBorder p="md">
          <Stack>
            <Text fw={600}>{t('statements.approval.decideTitle', { no: statement.revisionNo })}</Text>
            {statement.can.decide ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('statements.approval.decideHint')}
                </Text>
                <RevisionText content={statement.content} />
                <DecisionForm decision={decision} />
              </>
            ) : (
              <Alert color="gray">
                {decidedEarlierStep
                  ? t('statements.approval.oneStepEach')
                  : pending.roles.some((role) => roles.includes(role))
                    ? t('statements.approval.fourEyes')
                    : t('statements.approval.notYourStep', { role: stepRolesLabel(t, pending.roles) })}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
