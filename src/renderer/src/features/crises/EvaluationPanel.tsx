import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Crisis, Lesson } from '../../../../shared/ipc/crises';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFileDownload } from '../../components/useFileDownload';
import { useLessons, useMetrics } from './useCrises';
import { useSaveLesson } from './useCrisisActions';

/** The honest evaluation: the figures as they stand, the lessons the team writes, and the report to print. */
export function EvaluationPanel({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const metrics = useMetrics(crisis.id);
  const lessons = useLessons(crisis.id);
  const { busy, download } = useFileDownload();
  const minutes = (value: number | null) =>
    value === null ? '—' : t('crises.evaluation.minutes', { count: Math.round(value) });
  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{t('crises.evaluation.report')}</Text>
            <Text size="sm" c="dimmed">
              {t('crises.evaluation.reportHint')}
            </Text>
          </div>
          <Group gap="xs">
            {(['pdf', 'docx'] as const).map((format) => (
              <Button
                key={format}
                variant="default"
                leftSection={format === 'pdf' ? <IconFileTypePdf size={16} /> : <IconFileTypeDocx size={16} />}
                loading={busy === format}
                aria-label={`${t('crises.evaluation.report')} ${format.toUpperCase()}`}
                onClick={() =>
                  void download(format, () =>
                    callOrThrow(api, 'crises.report', {
                      id: crisis.id,
                      format,
                      language: i18n.language === 'en' ? 'en' : 'id',
                    }),
                  )
                }
              >
                {format.toUpperCase()}
              </Button>
            ))}
          </Group>
        </Group>
      </Paper>
      <QueryState query={metrics}>
        {(m) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} aria-label={t('crises.evaluation.metrics')}>
            <Metric label={t('crises.evaluation.firstStatement')} value={minutes(m.minutesToFirstStatement)} />
            <Metric
              label={t('crises.evaluation.updates')}
              value={`${m.updates.onTime}/${m.updates.promised}`}
              detail={t('crises.evaluation.updatesDetail', m.updates)}
            />
            <Metric
              label={t('crises.evaluation.approvals')}
              value={minutes(m.approvalMinutes.median)}
              detail={t('crises.evaluation.approvalsDetail', {
                count: m.approvalMinutes.count,
                max: minutes(m.approvalMinutes.max),
              })}
            />
            <Metric
              label={t('crises.evaluation.released')}
              value={String(m.releasedByKind.reduce((sum, item) => sum + item.count, 0))}
              detail={m.releasedByKind.map((item) => `${t(`statements.kind.${item.kind}`)} ${item.count}`).join(', ')}
            />
            <Metric
              label={t('crises.evaluation.delivery')}
              value={m.distribution.deliveryRate === null ? '—' : `${Math.round(m.distribution.deliveryRate * 100)}%`}
              detail={t('crises.evaluation.deliveryDetail', m.distribution)}
            />
            <Metric
              label={t('crises.evaluation.conferences')}
              value={String(m.conferences.held)}
              detail={t('crises.evaluation.conferencesDetail', m.conferences)}
            />
            <Metric label={t('crises.evaluation.checklist')} value={`${m.checklist.done}/${m.checklist.total}`} />
            <Metric
              label={t('crises.evaluation.pickup')}
              value={String(m.pickup.stories)}
              detail={
                m.pickup.firstStatementOutlets.length
                  ? t('crises.evaluation.pickupFirst', {
                      outlets: m.pickup.outlets,
                      first: m.pickup.firstStatementOutlets.join(', '),
                      after: minutes(m.pickup.minutesToFirstPickup),
                    })
                  : t('crises.evaluation.pickupDetail', { count: m.pickup.outlets })
              }
            />
            <Metric
              label={t('crises.evaluation.hoaxes')}
              value={`${m.hoaxes.clarified}/${m.hoaxes.registered}`}
              detail={t('crises.evaluation.hoaxesDetail', { median: minutes(m.hoaxes.medianMinutesToClarify) })}
            />
          </SimpleGrid>
        )}
      </QueryState>
      <Title order={3} size="h4">
        {t('crises.evaluation.lessons')}
      </Title>
      <QueryState query={lessons}>
        {(items) => (
          <Stack>
            {items.map((lesson) => (
              <LessonField
                key={`${lesson.section}.${lesson.updatedAt ?? ''}`}
                crisisId={crisis.id}
                lesson={lesson}
                editable={editable}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Metric({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

function LessonField({ crisisId, lesson, editable }: { crisisId: string; lesson: Lesson; editable: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(lesson.text);
  const save = useSaveLesson();
  const label = t(`crises.evaluation.section.${lesson.section}`);
  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        description={lesson.updatedBy ? t('crises.evaluation.writtenBy', { name: lesson.updatedBy }) : undefined}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        readOnly={!editable}
        autosize
        minRows={3}
      />
      {editable && (
        <Button
          size="xs"
          variant="light"
          w="fit-content"
          disabled={text === lesson.text}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { crisisId, section: lesson.section, text },
              {
                onSuccess: () =>
                  notifications.show({ message: t('crises.evaluation.saved', { section: label }), color: 'teal' }),
                onError: (error) => notifyFailure(t, error),
              },
            )
          }
        >
          {t('crises.evaluation.saveSection', { section: label })}
        </Button>
      )}
    </Stack>
  );
}
