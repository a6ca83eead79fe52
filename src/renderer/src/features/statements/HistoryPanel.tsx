import { Badge, Group, Paper, Select, Stack, Text, Timeline } from '@mantine/core';
import { diffWords } from 'diff';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision, Timeline as TimelineData } from '../../../../shared/ipc/statements';
import { docToPlainText } from '../../../../shared/statements/plainText';
import { useChannelQuery } from '../../api/channelQueries';

function revisionText(revision: Revision | undefined): string {
  if (!revision) return '';
  const { content } = revision;
  return [content.title, content.summary, docToPlainText(content.body)].filter(Boolean).join('\n\n');
}

/** Words added and removed between two revisions, marked inline. */
export function RevisionDiff({ from, to }: { from: Revision; to: Revision }) {
  const { t } = useTranslation();
  const parts = diffWords(revisionText(from), revisionText(to));
  if (parts.every((part) => !part.added && !part.removed)) {
    return <Text size="sm">{t('statements.history.noChanges')}</Text>;
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="revision-diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins
            key={index}
            title={t('statements.history.added')}
            style={{ background: 'var(--mantine-color-green-light)' }}
          >
            {part.value}
          </ins>
        ) : part.removed ? (
          <del
            key={index}
            title={t('statements.history.removed')}
            style={{ background: 'var(--mantine-color-red-light)' }}
          >
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </Text>
  );
}

/** Revisions with a diff between any two, and the statement's timeline from the audit trail. */
export function HistoryPanel({
  statementId,
  timeline,
  formatInstant,
}: {
  statementId: string;
  timeline: TimelineData;
  formatInstant: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const revisions = timeline.revisions;
  const last = revisions.at(-1);
  const [fromId, setFromId] = useState<string | null>(revisions.at(-2)?.id ?? last?.id ?? null);
  const [toId, setToId] = useState<string | null>(last?.id ?? null);
  const from = useChannelQuery(
    'statements.revision',
    { id: statementId, revisionId: fromId ?? '' },
    { enabled: Boolean(fromId) },
  );
  const to = useChannelQuery(
    'statements.revision',
    { id: statementId, revisionId: toId ?? '' },
    { enabled: Boolean(toId) },
  );
  const options = revisions.map((revision) => ({
    value: revision.id,
    label: `${t('statements.revision', { no: revision.revisionNo })} — ${revision.author.fullName}, ${formatInstant(revision.createdAt)}`,
  }));

  return (
    <Stack>
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">
          {t('statements.history.compare')}
        </Text>
        <Group grow mb="md">
          <Select
            label={t('statements.history.from')}
            data={options}
            value={fromId}
            onChange={setFromId}
            allowDeselect={false}
          />
          <Select
            label={t('statements.history.to')}
            data={options}
            value={toId}
            onChange={setToId}
            allowDeselect={false}
          />
        </Group>
        {from.data && to.data && <RevisionDiff from={from.data} to={to.data} />}
      </Paper>
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">
          {t('statements.history.events')}
        </Text>
        <Timeline bulletSize={14} lineWidth={2}>
          {timeline.events.map((event) => (
            <Timeline.Item
              key={event.seq}
              title={t(`statements.event.${event.action.replace(/\./g, '_')}`, { defaultValue: event.action })}
            >
              <Text size="xs" c="dimmed">
                {formatInstant(event.at)}
                {event.actor ? ` · ${t('statements.history.by', { name: event.actor.fullName })}` : ''}
                {typeof event.data['revisionNo'] === 'number'
                  ? ` · ${t('statements.revision', { no: event.data['revisionNo'] })}`
                  : ''}
                {typeof event.data['number'] === 'string' ? ` · ${event.data['number']}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {timeline.approvals.some((approval) => approval.voidedAt) && (
          <Group gap="xs" mt="sm">
            {timeline.approvals
              .filter((approval) => approval.voidedAt)
              .map((approval) => (
                <Badge key={approval.id} variant="outline" color="gray">
                  {approval.by.fullName} · {t('statements.revision', { no: approval.revisionNo })} ·{' '}
                  {t('statements.history.voided')}
                </Badge>
              ))}
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
