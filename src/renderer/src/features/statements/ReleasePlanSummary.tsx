import { Alert, Anchor, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Statement } from '../../../../shared/ipc/statements';

/**
 * What the final approval will release, in one sentence the approver reads before deciding
 * ("Setelah disetujui, naskah ini dikirim ke 50 jurnalis lewat surel dan ke situs web"), or that
 * nothing goes out by itself. After approval: what it sent, or why it could not.
 */
export function ReleasePlanSummary({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const plan = statement.releasePlan;
  if (!plan) {
    return (
      <Text size="sm" c="dimmed">
        {t('statements.releasePlan.none')}
      </Text>
    );
  }
  const channels = plan.channels.map((channel) => t(`distribution.channel.${channel}`)).join(', ');
  const audience = [
    ...plan.listNames,
    ...(plan.audience.contactIds.length
      ? [t('statements.releasePlan.people', { count: plan.audience.contactIds.length })]
      : []),
  ].join(', ');
  if (plan.blocked) {
    return (
      <Alert color="orange" title={t('statements.releasePlan.blockedTitle')}>
        {t(`errors.reason.${plan.blocked}`, { defaultValue: plan.blocked })}
      </Alert>
    );
  }
  return (
    <Alert
      color={plan.distributionId ? 'teal' : 'blue'}
      icon={<IconSend size={18} />}
      aria-label={t('statements.releasePlan.title')}
    >
      <Text size="sm">
        {t(plan.distributionId ? 'statements.releasePlan.sent' : 'statements.releasePlan.armed', {
          count: plan.recipients,
          channels,
          audience: audience || '—',
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('statements.releasePlan.armedBy', { name: plan.armedBy.fullName })}
        {plan.distributionId && (
          <>
            {' · '}
            <Anchor component={Link} to={`/statements/${statement.id}?tab=distribution`} size="xs">
              {t('statements.releasePlan.progress')}
            </Anchor>
          </>
        )}
      </Text>
    </Alert>
  );
}
