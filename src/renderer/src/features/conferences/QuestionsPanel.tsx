import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, Question } from '../../../../shared/ipc/conferences';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { usePeople, useQuestions } from './useConferences';
import { useSaveQuestion } from './useConferenceActions';
import { DayField } from '../../components/when/DayField';
import { useFormatDay } from '../../components/useOfficeTime';

interface QuestionDraft {
  id: string | null;
  journalist: string;
  outlet: string;
  question: string;
  answer: string;
  followUp: boolean;
  ownerId: string | null;
  dueOn: string;
  status: 'open' | 'done';
}

const emptyQuestion: QuestionDraft = {
  id: null,
  journalist: '',
  outlet: '',
  question: '',
  answer: '',
  followUp: false,
  ownerId: null,
  dueOn: '',
  status: 'open',
};

function QuestionModal({
  conferenceId,
  initial,
  onClose,
}: {
  conferenceId: string;
  initial: QuestionDraft;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const people = usePeople();
  const save = useSaveQuestion();
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={draft.id ? t('conferences.questions.edit') : t('conferences.questions.add')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { ...draft, conferenceId, dueOn: draft.dueOn || null, contactId: null },
            {
              onSuccess: () => {
                notifications.show({ message: t('conferences.questions.saved'), color: 'teal' });
                onClose();
              },
              onError: (error) => {
                setErrors(fieldErrors(t, error));
                if (!onlyFieldErrors(error)) notifyFailure(t, error);
              },
            },
          );
        }}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('conferences.questions.journalist')}
              value={draft.journalist}
              onChange={(event) => set('journalist', event.currentTarget.value)}
            />
            <TextInput
              label={t('conferences.questions.outlet')}
              value={draft.outlet}
              onChange={(event) => set('outlet', event.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label={t('conferences.questions.question')}
            required
            autosize
            minRows={2}
            value={draft.question}
            error={errors.question}
            onChange={(event) => set('question', event.currentTarget.value)}
          />
          <Textarea
            label={t('conferences.questions.answer')}
            autosize
            minRows={2}
            value={draft.answer}
            onChange={(event) => set('answer', event.currentTarget.value)}
          />
          <Checkbox
            label={t('conferences.questions.followUp')}
            checked={draft.followUp}
            onChange={(event) => set('followUp', event.currentTarget.checked)}
          />
          {draft.followUp && (
            <SimpleGrid cols={2}>
              <Select
                label={t('conferences.questions.owner')}
                data={(people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }))}
                value={draft.ownerId}
                onChange={(value) => set('ownerId', value)}
                error={errors.ownerId}
                searchable
                clearable
              />
              <DayField
                label={t('conferences.questions.dueOn')}
                value={draft.dueOn}
                error={errors.dueOn}
                onChange={(day) => set('dueOn', day)}
              />
            </SimpleGrid>
          )}
          <Checkbox
            label={t('conferences.questions.done')}
            checked={draft.status === 'done'}
            onChange={(event) => set('status', event.currentTarget.checked ? 'done' : 'open')}
          />
          <FormActions onCancel={onClose} submitLabel={t('conferences.questions.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

const toDraft = (question: Question): QuestionDraft => ({
  id: question.id,
  journalist: question.journalist,
  outlet: question.outlet,
  question: question.question,
  answer: question.answer,
  followUp: question.followUp,
  ownerId: question.owner?.id ?? null,
  dueOn: question.dueOn ?? '',
  status: question.status,
});

/** Questions asked at the event, their answers, and follow-ups tracked to done. */
export function QuestionsPanel({ conference, mayEdit }: { conference: Conference; mayEdit: boolean }) {
  const formatDay = useFormatDay();
  const { t } = useTranslation();
  const query = useQuestions(conference.id);
  const [editing, setEditing] = useState<QuestionDraft | null>(null);
  return (
    <Stack>
      {mayEdit && (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(emptyQuestion)}>
            {t('conferences.questions.add')}
          </Button>
        </Group>
      )}
      <QueryState query={query}>
        {(questions) =>
          questions.length === 0 ? (
            <Text c="dimmed">{t('conferences.questions.empty')}</Text>
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conferences.questions.journalist')}</Table.Th>
                  <Table.Th>{t('conferences.questions.question')}</Table.Th>
                  <Table.Th>{t('conferences.questions.followUp')}</Table.Th>
                  <Table.Th>{t('conferences.questions.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {questions.map((question) => (
                  <Table.Tr
                    key={question.id}
                    onClick={mayEdit ? () => setEditing(toDraft(question)) : undefined}
                    style={mayEdit ? { cursor: 'pointer' } : undefined}
                  >
                    <Table.Td>
                      <Text size="sm">{question.journalist || '—'}</Text>
                      <Text size="xs" c="dimmed">
                        {question.outlet}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{question.question}</Text>
                      {question.answer && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {question.answer}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {question.followUp
                        ? [question.owner?.fullName, question.dueOn && formatDay(question.dueOn)]
                            .filter(Boolean)
                            .join(' · ')
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={question.status === 'done' ? 'teal' : 'orange'} variant="light">
                        {t(`conferences.questions.statusName.${question.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {editing && <QuestionModal conferenceId={conference.id} initial={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
