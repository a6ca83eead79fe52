import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QaItem } from '../../../../shared/ipc/conferences';
import { rolesAllow } from '../../../../shared/permissions';
import { useQueryClient } from '@tanstack/react-query';
import { channelKey } from '../../api/channelQueries';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { useMe } from '../../components/useSession';
import { useQaBank } from './useConferences';
import { useArchiveQa, useSaveQa } from './useConferenceActions';

type QaDraft = { id: string | null; topic: string; question: string; answer: string };

function QaModal({ initial, topics, onClose }: { initial: QaDraft; topics: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveQa();
  const queryClient = useQueryClient();
  return (
    <Modal opened onClose={onClose} title={draft.id ? t('conferences.qa.edit') : t('conferences.qa.add')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(draft, {
            onSuccess: () => {
              notifications.show({ message: t('conferences.qa.saved'), color: 'teal' });
              // The bank has no core event of its own (it belongs to no one conference).
              void queryClient.invalidateQueries({ queryKey: channelKey('conferences.qaBank') });
              onClose();
            },
            onError: (error) => {
              setErrors(fieldErrors(t, error));
              if (!onlyFieldErrors(error)) notifyFailure(t, error);
            },
          });
        }}
      >
        <Stack>
          <TextInput
            label={t('conferences.qa.topic')}
            required
            list="qa-topics"
            value={draft.topic}
            error={errors.topic}
            onChange={(event) => setDraft({ ...draft, topic: event.currentTarget.value })}
          />
          <datalist id="qa-topics">
            {topics.map((topic) => (
              <option key={topic} value={topic} />
            ))}
          </datalist>
          <Textarea
            label={t('conferences.qa.question')}
            required
            autosize
            minRows={2}
            value={draft.question}
            error={errors.question}
            onChange={(event) => setDraft({ ...draft, question: event.currentTarget.value })}
          />
          <Textarea
            label={t('conferences.qa.answer')}
            required
            autosize
            minRows={3}
            value={draft.answer}
            error={errors.answer}
            onChange={(event) => setDraft({ ...draft, answer: event.currentTarget.value })}
          />
          <FormActions onCancel={onClose} submitLabel={t('conferences.qa.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The reusable Q&A bank: anticipated questions and approved answers by topic, for briefing packs. */
export function QaBankPage() {
  const { t } = useTranslation();
  const query = useQaBank();
  const me = useMe();
  const mayEdit = rolesAllow(me.data?.roles ?? [], 'conferences.manage');
  const archive = useArchiveQa();
  const queryClient = useQueryClient();
  const [topic, setTopic] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<QaDraft | null>(null);
  const topics = useMemo(() => [...new Set((query.data ?? []).map((item) => item.topic))].sort(), [query.data]);
  const matches = (item: QaItem) =>
    (!topic || item.topic === topic) &&
    (!search || `${item.question} ${item.answer}`.toLowerCase().includes(search.toLowerCase()));
  return (
    <Stack>
      <Anchor component={Link} to="/conferences" size="sm">
        {t('conferences.back')}
      </Anchor>
      <PageHeader
        title={t('conferences.qa.title')}
        description={t('conferences.qa.description')}
        actions={
          mayEdit && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ id: null, topic: topic ?? '', question: '', answer: '' })}
            >
              {t('conferences.qa.add')}
            </Button>
          )
        }
      />
      <Group>
        <Select
          label={t('conferences.qa.topic')}
          data={topics}
          value={topic}
          onChange={setTopic}
          clearable
          placeholder={t('conferences.qa.allTopics')}
        />
        <TextInput
          label={t('conferences.qa.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </Group>
      <QueryState query={query}>
        {(items) => {
          const shown = items.filter(matches);
          if (shown.length === 0) return <Text c="dimmed">{t('conferences.qa.empty')}</Text>;
          return (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conferences.qa.topic')}</Table.Th>
                  <Table.Th>{t('conferences.qa.question')}</Table.Th>
                  <Table.Th>{t('conferences.qa.answer')}</Table.Th>
                  {mayEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.topic}</Table.Td>
                    <Table.Td>
                      {mayEdit ? (
                        <Anchor component="button" type="button" onClick={() => setEditing(item)}>
                          {item.question}
                        </Anchor>
                      ) : (
                        item.question
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {item.answer}
                      </Text>
                    </Table.Td>
                    {mayEdit && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('conferences.qa.archive', { question: item.question })}
                          onClick={() =>
                            archive.mutate(
                              { id: item.id },
                              {
                                onSuccess: () =>
                                  void queryClient.invalidateQueries({ queryKey: channelKey('conferences.qaBank') }),
                                onError: (error) => notifyFailure(t, error),
                              },
                            )
                          }
                        >
                          <IconArchive size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
      {editing && <QaModal initial={editing} topics={topics} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
