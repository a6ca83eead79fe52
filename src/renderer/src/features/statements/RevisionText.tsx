import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementContent } from '../../../../shared/ipc/statements';
import { useFormatInstant } from '../../components/useOfficeTime';
import { StatementBodyView } from './StatementBodyView';

/** The exact text an approver decides on: title, lead, body and the next-update promise. */
export function RevisionText({ content }: { content: StatementContent }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  return (
    <Paper
      withBorder
      p="md"
      bg="var(--mantine-color-body)"
      component="article"
      aria-label={t('statements.decision.text')}
    >
      <Text fw={700} size="lg">
        {content.title}
      </Text>
      {content.summary && (
        <Text fs="italic" mb="xs">
          {content.summary}
        </Text>
      )}
      <StatementBodyView body={content.body} />
      {content.nextUpdateAt && (
        <Text fw={600} mt="xs">
          {t('statements.decision.nextUpdate', { time: format(content.nextUpdateAt.at) })}
        </Text>
      )}
    </Paper>
  );
}
