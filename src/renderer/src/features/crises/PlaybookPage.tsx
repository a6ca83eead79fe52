import { ActionIcon, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  crisisPhases,
  crisisTypes,
  defaultGoldenHourTargets,
  type CrisisPhase,
  type CrisisType,
} from '../../../../shared/crises/vocabulary';
import type { PlaybookItem } from '../../../../shared/ipc/crises';
import { rolesAllow } from '../../../../shared/permissions';
import { useChannelQuery } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { fieldErrors } from '../../i18n/fieldErrors';
import { useMe } from '../../components/useSession';
import { usePlaybook } from './useCrises';
import { useArchivePlaybookItem, useSaveGoldenHourTargets, useSavePlaybookItem } from './useCrisisActions';

/** The office's playbook: the checklist a new crisis starts with, per phase and type, and the golden-hour prompts. */
export function PlaybookPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mayEdit = rolesAllow(me.data?.roles ?? [], 'crises.playbook');
  const playbook = usePlaybook();
  return (
    <Stack>
      <Anchor component={Link} to="/crises" size="sm">
        {t('crises.back')}
      </Anchor>
      <PageHeader title={t('crises.playbook.title')} description={t('crises.playbook.description')} />
      <GoldenHourTargets editable={mayEdit} />
      <QueryState query={playbook}>
        {(items) => (
          <Stack>
            {crisisPhases.map((phase) => (
              <PhaseItems
                key={phase}
                phase={phase}
                items={items.filter((item) => item.phase === phase)}
                editable={mayEdit}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function GoldenHourTargets({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const current = useChannelQuery('crises.goldenHourTargets', {});
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const save = useSaveGoldenHourTargets();
  const shown = typed ?? (current.data ?? defaultGoldenHourTargets).join(', ');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('crises.playbook.goldenHour')}>
      <Title order={3} size="h5">
        {t('crises.playbook.goldenHour')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('crises.playbook.goldenHourHint')}
      </Text>
      <Group align="flex-start">
        <TextInput
          aria-label={t('crises.playbook.goldenHour')}
          value={shown}
          onChange={(event) => setTyped(event.currentTarget.value)}
          readOnly={!editable}
          error={error}
          w={240}
        />
        {editable && (
          <Button
            loading={save.isPending}
            onClick={() => {
              const minutes = shown
                .split(/[,\s]+/)
                .filter(Boolean)
                .map(Number);
              save.mutate(
                { minutes },
                {
                  onSuccess: () => {
                    setTyped(null);
                    setError(undefined);
                    notifications.show({ message: t('crises.playbook.goldenHourSaved'), color: 'teal' });
                  },
                  onError: (failure) => {
                    const errors = fieldErrors(t, failure);
                    setError(Object.values(errors)[0]);
                    if (!Object.keys(errors).length) notifyFailure(t, failure);
                  },
                },
              );
            }}
          >
            {t('crises.playbook.save')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

function PhaseItems({ phase, items, editable }: { phase: CrisisPhase; items: PlaybookItem[]; editable: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [type, setType] = useState<string | null>(null);
  const save = useSavePlaybookItem();
  const title = t(`crises.phase.${phase}`);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Stack gap={6}>
        {items.map((item) => (
          <ItemRow key={item.id} item={item} editable={editable} />
        ))}
        {editable && (
          <Group
            component="form"
            align="flex-end"
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(
                { phase, text, crisisType: (type as CrisisType | null) ?? null },
                { onSuccess: () => setText(''), onError: (error) => notifyFailure(t, error) },
              );
            }}
          >
            <TextInput
              size="xs"
              aria-label={t('crises.playbook.newItem', { phase: title })}
              placeholder={t('crises.playbook.newItemPlaceholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Select
              size="xs"
              aria-label={t('crises.playbook.forType')}
              placeholder={t('crises.playbook.everyType')}
              data={crisisTypes.map((value) => ({ value, label: t(`crises.type.${value}`) }))}
              value={type}
              onChange={setType}
              clearable
              w={220}
            />
            <Button type="submit" size="xs" variant="light" disabled={!text.trim()} loading={save.isPending}>
              {t('crises.playbook.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function ItemRow({ item, editable }: { item: PlaybookItem; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const save = useSavePlaybookItem();
  const archive = useArchivePlaybookItem();
  return (
    <Group justify="space-between" wrap="nowrap">
      {editing ? (
        <TextInput
          size="xs"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1 }}
          aria-label={t('crises.playbook.editItem')}
        />
      ) : (
        <Text size="sm">{item.text}</Text>
      )}
      <Group gap={4} wrap="nowrap">
        {item.crisisType && (
          <Badge size="sm" variant="light">
            {t(`crises.type.${item.crisisType}`)}
          </Badge>
        )}
        {editable && editing && (
          <>
            <ActionIcon
              variant="subtle"
              aria-label={t('crises.playbook.save')}
              onClick={() =>
                save.mutate(
                  { id: item.id, phase: item.phase, crisisType: item.crisisType, text },
                  { onSuccess: () => setEditing(false), onError: (error) => notifyFailure(t, error) },
                )
              }
            >
              <IconCheck size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('accounts.cancel')}
              onClick={() => setEditing(false)}
            >
              <IconX size={14} />
            </ActionIcon>
          </>
        )}
        {editable && !editing && (
          <>
            <ActionIcon variant="subtle" aria-label={t('crises.playbook.editItem')} onClick={() => setEditing(true)}>
              <IconPencil size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('crises.playbook.archive')}
              onClick={() => archive.mutate({ id: item.id }, { onError: (error) => notifyFailure(t, error) })}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </>
        )}
      </Group>
    </Group>
  );
}
