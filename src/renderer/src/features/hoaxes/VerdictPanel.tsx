import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hoaxVerdicts, type HoaxVerdict } from '../../../../shared/hoaxes/vocabulary';
import type { Hoax } from '../../../../shared/ipc/hoaxes';
import { showFormFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { verdictColors } from './hoaxLabels';
import { useRecordVerdict } from './useHoaxActions';

/**
 * The verdict and its explanation ("Penjelasan"), which the clarification quotes. The head of
 * Humas or the leader records it, on the evidence gathered; it can be revised until a
 * clarification is drafted on it.
 */
export function VerdictPanel({ hoax }: { hoax: Hoax }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [editing, setEditing] = useState(false);
  const showForm = hoax.can.decide && (editing || hoax.verdict === null);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hoaxes.verdictPanel.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('hoaxes.verdictPanel.title')}
        </Title>
        {hoax.verdict && hoax.can.decide && !editing && !hoax.clarification && (
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
            {t('hoaxes.verdictPanel.revise')}
          </Button>
        )}
      </Group>
      {hoax.verdict && !showForm && (
        <Stack gap={6}>
          <Badge color={verdictColors[hoax.verdict]} size="lg" variant="filled">
            {t(`hoaxes.verdict.${hoax.verdict}`)}
          </Badge>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {hoax.explanation}
          </Text>
          <Text size="xs" c="dimmed">
            {t('hoaxes.verdictPanel.by', {
              decider: hoax.verdictBy?.fullName ?? hoax.verifier?.fullName ?? '—',
              time: hoax.verdictAt ? format(hoax.verdictAt) : '—',
            })}
            {hoax.verifier && hoax.verdictBy && hoax.verifier.id !== hoax.verdictBy.id
              ? ` · ${t('hoaxes.verdictPanel.verifiedBy', { name: hoax.verifier.fullName })}`
              : ''}
          </Text>
        </Stack>
      )}
      {!hoax.verdict && !showForm && (
        <Text size="sm" c="dimmed">
          {hoax.verifier
            ? t('hoaxes.verdictPanel.verifying', { name: hoax.verifier.fullName })
            : t('hoaxes.verdictPanel.none')}
        </Text>
      )}
      {showForm && <VerdictForm hoax={hoax} onDone={() => setEditing(false)} />}
    </Paper>
  );
}

function VerdictForm({ hoax, onDone }: { hoax: Hoax; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordVerdict();
  const [verdict, setVerdict] = useState<HoaxVerdict | null>(hoax.verdict);
  const [explanation, setExplanation] = useState(hoax.explanation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Stack
      component="form"
      gap="xs"
      aria-label={t('hoaxes.verdictPanel.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!verdict) {
          setErrors({ verdict: t('errors.field.required') });
          return;
        }
        record.mutate(
          { id: hoax.id, verdict, explanation },
          { onSuccess: onDone, onError: (error) => showFormFailure(t, error, setErrors) },
        );
      }}
    >
      {hoax.evidence.length === 0 && (
        <Text size="sm" c="orange">
          {t('hoaxes.verdictPanel.needsEvidence')}
        </Text>
      )}
      <Select
        label={t('hoaxes.fields.verdict')}
        data={hoaxVerdicts.map((value) => ({ value, label: t(`hoaxes.verdict.${value}`) }))}
        value={verdict}
        onChange={(value) => setVerdict(value as HoaxVerdict | null)}
        error={errors.verdict}
        required
      />
      <Text size="xs" c="dimmed">
        {verdict && t(`hoaxes.verdictMeaning.${verdict}`)}
      </Text>
      <Textarea
        label={t('hoaxes.fields.explanation')}
        description={t('hoaxes.verdictPanel.explanationHint')}
        required
        autosize
        minRows={3}
        value={explanation}
        onChange={(event) => setExplanation(event.currentTarget.value)}
        error={errors.explanation}
      />
      <Group justify="flex-end">
        {hoax.verdict && (
          <Button variant="default" size="xs" onClick={onDone}>
            {t('accounts.cancel')}
          </Button>
        )}
        <Button type="submit" size="xs" loading={record.isPending}>
          {t('hoaxes.verdictPanel.save')}
        </Button>
      </Group>
    </Stack>
  );
}
