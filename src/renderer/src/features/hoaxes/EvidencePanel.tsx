import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceKinds, type EvidenceKind } from '../../../../shared/hoaxes/vocabulary';
import type { Hoax } from '../../../../shared/ipc/hoaxes';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { notifyFailure, showFormFailure } from '../../components/notifyFailure';
import { useFormatInstant, useOfficeZone } from '../../components/useOfficeTime';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { useAddEvidence, useRemoveEvidence } from './useHoaxActions';

/**
 * What the verifier found and the official sources the clarification will cite (with link and
 * time). Evidence can be taken back only until a verdict rests on it.
 */
export function EvidencePanel({ hoax }: { hoax: Hoax }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const remove = useRemoveEvidence();
  const [adding, setAdding] = useState(false);
  const removable = hoax.can.edit && (hoax.status === 'reported' || hoax.status === 'verifying');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hoaxes.evidence.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('hoaxes.evidence.title')} ({hoax.evidence.length})
        </Title>
        {hoax.can.edit && !adding && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('hoaxes.evidence.add')}
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        {hoax.evidence.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('hoaxes.evidence.none')}
          </Text>
        )}
        {hoax.evidence.map((item) => (
          <Group key={item.id} justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Group gap={6}>
                <Badge size="xs" variant="light" color={item.kind === 'official_source' ? 'blue' : 'gray'}>
                  {t(`hoaxes.evidence.kind.${item.kind}`)}
                </Badge>
                <Text size="sm">{item.title}</Text>
              </Group>
              {item.url && (
                <Anchor
                  href={item.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="xs"
                  style={{ wordBreak: 'break-all' }}
                >
                  {item.url}
                </Anchor>
              )}
              <Text size="xs" c="dimmed">
                {item.sourceAt && `${t('hoaxes.evidence.sourceAt', { time: format(item.sourceAt) })} · `}
                {item.addedBy} · {format(item.addedAt)}
              </Text>
            </div>
            {removable && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('hoaxes.evidence.remove')}
                onClick={() =>
                  remove.mutate(
                    { hoaxId: hoax.id, evidenceId: item.id },
                    { onError: (error) => notifyFailure(t, error) },
                  )
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {adding && <EvidenceForm hoax={hoax} onDone={() => setAdding(false)} />}
      </Stack>
    </Paper>
  );
}

function EvidenceForm({ hoax, onDone }: { hoax: Hoax; onDone: () => void }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const add = useAddEvidence();
  const [kind, setKind] = useState<EvidenceKind>('official_source');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [sourceAt, setSourceAt] = useState<{ at: string; zone: OfficeTimeZone } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Stack
      component="form"
      gap="xs"
      p="sm"
      bg="var(--mantine-color-default-hover)"
      aria-label={t('hoaxes.evidence.add')}
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          { hoaxId: hoax.id, kind, title, url, sourceAt: sourceAt?.at ?? null },
          { onSuccess: onDone, onError: (error) => showFormFailure(t, error, setErrors) },
        );
      }}
    >
      <SegmentedControl
        aria-label={t('hoaxes.evidence.kindLabel')}
        value={kind}
        onChange={(value) => setKind(value as EvidenceKind)}
        data={evidenceKinds.map((value) => ({ value, label: t(`hoaxes.evidence.kind.${value}`) }))}
      />
      <TextInput
        label={t('hoaxes.evidence.titleField')}
        description={t(`hoaxes.evidence.titleHint.${kind}`)}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
      />
      <TextInput
        label={t('hoaxes.fields.url')}
        placeholder="https://"
        value={url}
        onChange={(event) => setUrl(event.currentTarget.value)}
        error={errors.url}
      />
      <ZonedTimeField
        label={t('hoaxes.evidence.sourceAtField')}
        value={sourceAt}
        defaultZone={zone}
        onChange={setSourceAt}
      />
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={onDone}>
          {t('accounts.cancel')}
        </Button>
        <Button type="submit" size="xs" loading={add.isPending}>
          {t('hoaxes.evidence.save')}
        </Button>
      </Group>
    </Stack>
  );
}
