import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  conferenceKinds,
  venueModes,
  type ConferenceKind,
  type VenueMode,
} from '../../../../shared/conferences/vocabulary';
import type { Conference, ConferenceInput } from '../../../../shared/ipc/conferences';
import { officeTimeZones, type OfficeTimeZone } from '../../../../shared/ipc/office';
import { instantToWallTime, wallTimeToInstant } from '../../../../shared/time/zonedInstant';
import { useChannelQuery } from '../../api/channelQueries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { notifyFailure } from '../../components/notifyFailure';
import { useOfficeToday } from '../../components/useOfficeTime';
import { ConferenceWarnings } from './ConferenceWarnings';
import { useConference, usePeople, useQaBank } from './useConferences';
import { useSaveConference } from './useConferenceActions';
import { WallTimeField } from '../../components/when/WallTimeField';
import { shiftedEnd } from './shiftedEnd';
import { GuestSpeakers } from './GuestSpeakers';

/** What the form edits: the input, with the times as wall clock in the event's zone. */
type Draft = Omit<Required<ConferenceInput>, 'startsAt' | 'endsAt'> & { start: string; end: string };

function emptyDraft(today: string, zone: OfficeTimeZone): Draft {
  return {
    title: '',
    kind: 'press_conference',
    start: `${today}T10:00`,
    end: `${today}T11:00`,
    zone,
    venueMode: 'physical',
    venueName: '',
    venueAddress: '',
    onlineLink: '',
    spokespersonIds: [],
    guestSpeakers: [],
    moderatorId: null,
    agenda: [],
    statementIds: [],
    keyMessages: '',
    talkingPoints: '',
    qaIds: [],
    notes: '',
  };
}

function toDraft(conference: Conference): Draft {
  return {
    title: conference.title,
    kind: conference.kind,
    start: instantToWallTime(conference.startsAt, conference.zone),
    end: instantToWallTime(conference.endsAt, conference.zone),
    zone: conference.zone,
    venueMode: conference.venueMode,
    venueName: conference.venueName,
    venueAddress: conference.venueAddress,
    onlineLink: conference.onlineLink,
    spokespersonIds: conference.spokespersons.map((person) => person.id),
    guestSpeakers: conference.guestSpeakers,
    moderatorId: conference.moderator?.id ?? null,
    agenda: conference.agenda,
    statementIds: conference.statements.map((statement) => statement.id),
    keyMessages: conference.keyMessages,
    talkingPoints: conference.talkingPoints,
    qaIds: conference.qa.map((item) => item.id),
    notes: conference.notes,
  };
}

/** The draft as the core reads it; an unreadable time goes as '' so the core names the field. */
function toInput({ start, end, ...rest }: Draft): ConferenceInput {
  return {
    ...rest,
    startsAt: wallTimeToInstant(start, rest.zone) ?? '',
    endsAt: wallTimeToInstant(end, rest.zone) ?? '',
  };
}

/** /conferences/new and /conferences/:id/edit. */
export function ConferenceFormPage() {
  const { id } = useParams();
  const office = useChannelQuery('office.get', {});
  const today = useOfficeToday();
  if (!id) {
    return (
      <QueryState query={office}>
        {(profile) => <ConferenceForm initial={emptyDraft(today, profile.timeZone)} conference={null} />}
      </QueryState>
    );
  }
  return <EditConference id={id} />;
}

function EditConference({ id }: { id: string }) {
  const query = useConference(id);
  return (
    <QueryState query={query}>
      {(conference) => <ConferenceForm key={conference.id} initial={toDraft(conference)} conference={conference} />}
    </QueryState>
  );
}

function ConferenceForm({ initial, conference }: { initial: Draft; conference: Conference | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  // Moving the start moves the end with it: the event keeps its length (a conference moved to
  // tomorrow does not end yesterday).
  const moveStart = (start: string) =>
    setDraft((current) => ({ ...current, start, end: shiftedEnd(current.start, current.end, start) }));
  const people = usePeople();
  const qaBank = useQaBank();
  const statements = useChannelQuery('statements.list', { limit: 200, sort: 'updated_desc' });
  const save = useSaveConference();

  // Warnings while the form is filled in: double bookings and office hours, from the core.
  const input = useMemo(() => toInput(draft), [draft]);
  const [checked] = useDebouncedValue(input, 400);
  const timesValid = checked.startsAt !== '' && checked.endsAt !== '' && checked.endsAt > checked.startsAt;
  const warnings = useChannelQuery(
    'conferences.check',
    { id: conference?.id ?? null, conference: checked },
    { enabled: timesValid, placeholderData: (previous) => previous, retry: false },
  );
  const moved =
    conference !== null &&
    (input.startsAt !== conference.startsAt || input.endsAt !== conference.endsAt || input.zone !== conference.zone);

  const spokespersonOptions = (people.data ?? [])
    .filter((person) => person.roles.includes('spokesperson'))
    .map((person) => ({ value: person.id, label: person.fullName }));
  const peopleOptions = (people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }));
  const statementOptions = useMemo(() => {
    const items = new Map(
      (conference?.statements ?? []).map((s) => [s.id, [s.number, s.title].filter(Boolean).join(' · ')]),
    );
    for (const s of statements.data?.items ?? []) items.set(s.id, [s.number, s.title].filter(Boolean).join(' · '));
    return [...items].map(([value, label]) => ({ value, label }));
  }, [statements.data, conference]);
  const qaOptions = (qaBank.data ?? []).map((item) => ({ value: item.id, label: `[${item.topic}] ${item.question}` }));

  const submit = () =>
    save.mutate(
      { id: conference?.id ?? null, conference: input, reason },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('conferences.form.saved'), color: 'teal' });
          void navigate(`/conferences/${saved.id}`);
        },
        onError: (error) => {
          const byField = fieldErrors(t, error, 'conference');
          // The form edits wall times; the core names the instants.
          if (byField.startsAt) byField.start = byField.startsAt;
          if (byField.endsAt) byField.end = byField.endsAt;
          setErrors(byField);
          if (!onlyFieldErrors(error)) notifyFailure(t, error);
        },
      },
    );

  const physical = draft.venueMode !== 'online';
  const online = draft.venueMode !== 'physical';
  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <PageHeader
        title={conference ? t('conferences.form.editTitle') : t('conferences.form.newTitle')}
        description={t('conferences.form.description')}
      />
      <Fieldset legend={t('conferences.form.what')}>
        <Stack>
          <TextInput
            label={t('conferences.fields.title')}
            required
            value={draft.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
          />
          <Select
            label={t('conferences.fields.kind')}
            data={conferenceKinds.map((value) => ({ value, label: t(`conferences.kind.${value}`) }))}
            value={draft.kind}
            onChange={(value) => value && set('kind', value as ConferenceKind)}
            allowDeselect={false}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('conferences.form.when')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <WallTimeField
            label={t('conferences.fields.start')}
            value={draft.start}
            onChange={moveStart}
            error={errors.start}
          />
          <WallTimeField
            label={t('conferences.fields.end')}
            value={draft.end}
            onChange={(end) => set('end', end)}
            error={errors.end}
          />
          <Select
            label={t('conferences.fields.zone')}
            data={officeTimeZones.map((value) => ({ value, label: t(`zone.${value}`) }))}
            value={draft.zone}
            onChange={(value) => value && set('zone', value as OfficeTimeZone)}
            allowDeselect={false}
            error={errors.zone}
          />
        </SimpleGrid>
        {moved && (
          <TextInput
            mt="sm"
            label={t('conferences.fields.rescheduleReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        )}
      </Fieldset>
      <ConferenceWarnings warnings={timesValid ? (warnings.data ?? []) : []} />
      <Fieldset legend={t('conferences.form.where')}>
        <Stack>
          <Select
            label={t('conferences.fields.venueMode')}
            data={venueModes.map((value) => ({ value, label: t(`conferences.venueMode.${value}`) }))}
            value={draft.venueMode}
            onChange={(value) => value && set('venueMode', value as VenueMode)}
            allowDeselect={false}
          />
          {physical && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('conferences.fields.venueName')}
                value={draft.venueName}
                onChange={(event) => set('venueName', event.currentTarget.value)}
                error={errors.venueName}
              />
              <TextInput
                label={t('conferences.fields.venueAddress')}
                value={draft.venueAddress}
                onChange={(event) => set('venueAddress', event.currentTarget.value)}
                error={errors.venueAddress}
              />
            </SimpleGrid>
          )}
          {online && (
            <TextInput
              label={t('conferences.fields.onlineLink')}
              placeholder="https://"
              value={draft.onlineLink}
              onChange={(event) => set('onlineLink', event.currentTarget.value)}
              error={errors.onlineLink}
            />
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('conferences.form.who')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('conferences.fields.spokespersons')}
            data={spokespersonOptions}
            value={draft.spokespersonIds}
            onChange={(value) => set('spokespersonIds', value)}
            error={Object.entries(errors).find(([key]) => key.startsWith('spokespersonIds'))?.[1]}
            searchable
          />
          <Select
            label={t('conferences.fields.moderator')}
            data={peopleOptions}
            value={draft.moderatorId}
            onChange={(value) => set('moderatorId', value)}
            clearable
            searchable
            error={errors.moderatorId}
          />
        </SimpleGrid>
        <GuestSpeakers value={draft.guestSpeakers} onChange={(value) => set('guestSpeakers', value)} errors={errors} />
      </Fieldset>
      <Fieldset legend={t('conferences.fields.agenda')}>
        <Stack gap="xs">
          {draft.agenda.map((item, index) => (
            <Group key={index} align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 3 }}
                label={t('conferences.fields.agendaItem', { no: index + 1 })}
                value={item.title}
                error={errors[`agenda.${index}.title`]}
                onChange={(event) => {
                  const title = event.currentTarget.value;
                  set(
                    'agenda',
                    draft.agenda.map((at, i) => (i === index ? { ...at, title } : at)),
                  );
                }}
              />
              <TextInput
                style={{ flex: 2 }}
                label={t('conferences.fields.agendaSpeaker')}
                value={item.speaker}
                onChange={(event) => {
                  const speaker = event.currentTarget.value;
                  set(
                    'agenda',
                    draft.agenda.map((at, i) => (i === index ? { ...at, speaker } : at)),
                  );
                }}
              />
              <NumberInput
                w={110}
                label={t('conferences.fields.agendaMinutes')}
                min={0}
                max={600}
                value={item.minutes}
                onChange={(value) =>
                  set(
                    'agenda',
                    draft.agenda.map((at, i) => (i === index ? { ...at, minutes: Number(value) || 0 } : at)),
                  )
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('conferences.form.removeAgenda', { no: index + 1 })}
                onClick={() =>
                  set(
                    'agenda',
                    draft.agenda.filter((_, i) => i !== index),
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => set('agenda', [...draft.agenda, { title: '', speaker: '', minutes: 0 }])}
            >
              {t('conferences.form.addAgenda')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('conferences.form.briefing')}>
        <Stack>
          <MultiSelect
            label={t('conferences.fields.statements')}
            data={statementOptions}
            value={draft.statementIds}
            onChange={(value) => set('statementIds', value)}
            searchable
          />
          <Textarea
            label={t('conferences.fields.keyMessages')}
            autosize
            minRows={3}
            value={draft.keyMessages}
            onChange={(event) => set('keyMessages', event.currentTarget.value)}
          />
          <Textarea
            label={t('conferences.fields.talkingPoints')}
            autosize
            minRows={3}
            value={draft.talkingPoints}
            onChange={(event) => set('talkingPoints', event.currentTarget.value)}
          />
          <MultiSelect
            label={t('conferences.fields.qa')}
            data={qaOptions}
            value={draft.qaIds}
            onChange={(value) => set('qaIds', value)}
            searchable
          />
          <Textarea
            label={t('conferences.fields.notes')}
            autosize
            minRows={2}
            value={draft.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
          />
        </Stack>
      </Fieldset>
      {conference && conference.invitedCount > 0 && (
        <Alert color="blue">{t('conferences.form.invitedNote', { count: conference.invitedCount })}</Alert>
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => void navigate(conference ? `/conferences/${conference.id}` : '/conferences')}
        >
          {t('accounts.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('conferences.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
