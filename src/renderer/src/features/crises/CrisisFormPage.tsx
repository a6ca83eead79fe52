import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { suggestedAudience } from '../../../../shared/crises/suggestedAudience';
import { ListPicker } from '../contacts/public';
import { useContactLists } from '../contacts/public';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  crisisRoles,
  crisisSeverities,
  crisisTypes,
  type CrisisRole,
  type CrisisType,
} from '../../../../shared/crises/vocabulary';
import type { Crisis, CrisisInput } from '../../../../shared/ipc/crises';
import type { SignalDetail } from '../../../../shared/ipc/feeds';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { showFormFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { regionOptions } from '../../components/contactLabels';
import { useFormatInstant, useFormatNumber, useOfficeZone } from '../../components/useOfficeTime';
import { crisisDescription, crisisTitle, figureLabel, useOpenCrisisFromSignal, useSignal } from '../monitoring/public';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { usePeople } from '../conferences/public';
import { useCrisis } from './useCrises';
import { useSaveCrisis } from './useCrisisActions';

/** /crises/new and /crises/:id/edit. */
export function CrisisFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const signalId = search.get('signal');
  if (!id && signalId) return <SignalCrisisForm signalId={signalId} />;
  if (!id) return <CrisisForm crisis={null} />;
  return <ExistingCrisisForm id={id} />;
}

/** /crises/new?signal=…: "Buka krisis dari sinyal", the form filled from the early warning. */
function SignalCrisisForm({ signalId }: { signalId: string }) {
  const query = useSignal(signalId);
  return <QueryState query={query}>{(signal) => <CrisisForm crisis={null} signal={signal} />}</QueryState>;
}

function ExistingCrisisForm({ id }: { id: string }) {
  const query = useCrisis(id);
  return <QueryState query={query}>{(crisis) => <CrisisForm crisis={crisis} />}</QueryState>;
}

interface Draft {
  title: string;
  type: CrisisType;
  severity: number;
  regions: string[];
  description: string;
  firstSignal: { at: string; zone: OfficeTimeZone } | null;
  leadSpokespersonId: string | null;
  deputyIds: string[];
  team: { accountId: string | null; role: CrisisRole }[];
  /** The lists its releases go to; null follows the suggestion for the type and region until touched. */
  audience: string[] | null;
}

function initialDraft(crisis: Crisis | null, zone: OfficeTimeZone, fromSignal?: Partial<Draft>): Draft {
  if (!crisis) {
    // Most crises are opened minutes after the first signal: now is the usual answer.
    const now = new Date();
    now.setSeconds(0, 0);
    return {
      title: '',
      type: 'natural_disaster',
      severity: 2,
      regions: [],
      description: '',
      firstSignal: { at: now.toISOString(), zone },
      leadSpokespersonId: null,
      deputyIds: [],
      team: [],
      audience: null,
      ...fromSignal,
    };
  }
  return {
    title: crisis.title,
    type: crisis.type,
    severity: crisis.severity,
    regions: crisis.regions,
    description: crisis.description,
    firstSignal: { at: crisis.firstSignalAt, zone },
    leadSpokespersonId: crisis.leadSpokesperson?.id ?? null,
    deputyIds: crisis.deputies.map((person) => person.id),
    team: crisis.team.map((member) => ({ accountId: member.person.id, role: member.role })),
    audience: crisis.audience.listIds,
  };
}

function CrisisForm({ crisis, signal }: { crisis: Crisis | null; signal?: SignalDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const zone = useOfficeZone();
  const people = usePeople();
  const formatNumber = useFormatNumber();
  const formatInstant = useFormatInstant();
  const [draft, setDraft] = useState<Draft>(() =>
    initialDraft(
      crisis,
      zone,
      signal && {
        title: crisisTitle(t, signal, formatNumber),
        // An earthquake or a weather warning is a natural disaster; a story could be anything.
        type: signal.kind === 'news' ? 'other' : 'natural_disaster',
        severity: signal.draft.severity,
        regions: signal.draft.regions,
        description: crisisDescription(t, signal, formatInstant),
        firstSignal: { at: signal.draft.firstSignalAt, zone },
      },
    ),
  );
  // The warning's measurements, each kept unless the desk unticks it.
  const [figures, setFigures] = useState(() => (signal?.draft.figures ?? []).map(() => true));
  const [phase, setPhase] = useState<'pre' | 'initial'>('initial');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveCrisis();
  const openFromSignal = useOpenCrisisFromSignal();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const lists = useContactLists();
  const suggested = suggestedAudience(draft.type, draft.regions, lists.data ?? []);
  const audience = draft.audience ?? suggested;
  const everyone = (people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }));
  const spokespersons = (people.data ?? [])
    .filter((person) => person.roles.includes('spokesperson'))
    .map((person) => ({ value: person.id, label: person.fullName }));

  const submit = () => {
    const input: CrisisInput = {
      title: draft.title,
      type: draft.type,
      severity: draft.severity,
      regions: draft.regions,
      description: draft.description,
      firstSignalAt: draft.firstSignal?.at ?? '',
      leadSpokespersonId: draft.leadSpokespersonId,
      deputyIds: draft.deputyIds,
      team: draft.team.flatMap((member) =>
        member.accountId ? [{ accountId: member.accountId, role: member.role }] : [],
      ),
      audience: { listIds: audience, contactIds: crisis?.audience.contactIds ?? [] },
    };
    const done = {
      onSuccess: (saved: Crisis) => {
        notifications.show({ message: t('crises.form.saved'), color: 'teal' });
        void navigate(`/crises/${saved.id}`);
      },
      onError: (error: unknown) => showFormFailure(t, error, setErrors, 'crisis'),
    };
    if (signal) {
      const kept = signal.draft.figures.filter((_, index) => figures[index]);
      openFromSignal.mutate(
        {
          signalId: signal.id,
          crisis: input,
          phase,
          figures: kept.map((figure) => ({
            label: figureLabel(t, figure.key),
            value: figure.value,
            unit: figure.unit,
            source: figure.source,
            asOf: figure.asOf,
          })),
        },
        done,
      );
      return;
    }
    save.mutate({ id: crisis?.id ?? null, crisis: input, ...(crisis ? {} : { phase }) }, done);
  };

  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <PageHeader
        title={
          crisis ? t('crises.form.editTitle') : signal ? t('crises.form.fromSignalTitle') : t('crises.form.newTitle')
        }
        description={t('crises.form.description')}
      />
      {signal && (
        <Alert color="orange" title={t('crises.form.fromSignal', { source: signal.feedName })}>
          <Stack gap="xs">
            <Text size="sm">
              {signal.title} — {formatInstant(signal.draft.firstSignalAt)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('crises.form.fromSignalClock')}
            </Text>
            {signal.draft.figures.map((figure, index) => (
              <Checkbox
                key={figure.key}
                checked={figures[index] ?? false}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setFigures((current) => current.map((value, at) => (at === index ? checked : value)));
                }}
                label={t('crises.form.fromSignalFigure', {
                  label: figureLabel(t, figure.key),
                  value: formatNumber(figure.value),
                  unit: figure.unit,
                  source: figure.source,
                })}
              />
            ))}
          </Stack>
        </Alert>
      )}
      <Fieldset legend={t('crises.form.what')}>
        <Stack>
          <TextInput
            label={t('crises.fields.title')}
            required
            value={draft.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('crises.fields.type')}
              data={crisisTypes.map((value) => ({ value, label: t(`crises.type.${value}`) }))}
              value={draft.type}
              onChange={(value) => value && set('type', value as CrisisType)}
              allowDeselect={false}
              description={crisis ? t('crises.form.typeKeepsChecklist') : t('crises.form.typeHint')}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('crises.fields.severity')}
              </Text>
              <SegmentedControl
                aria-label={t('crises.fields.severity')}
                value={String(draft.severity)}
                onChange={(value) => set('severity', Number(value))}
                data={crisisSeverities.map((level) => ({
                  value: String(level),
                  label: t('crises.severityLevel', { level }),
                }))}
              />
              <Text size="xs" c="dimmed">
                {t(`crises.severityMeaning.${draft.severity}`)}
              </Text>
            </Stack>
          </SimpleGrid>
          <MultiSelect
            label={t('crises.fields.regions')}
            data={regionOptions(t)}
            value={draft.regions}
            onChange={(value) => set('regions', value)}
            error={errors.regions}
            searchable
            limit={60}
          />
          <Stack gap={2}>
            <ListPicker label={t('crises.fields.audience')} value={audience} onChange={(ids) => set('audience', ids)} />
            <Text size="xs" c="dimmed">
              {draft.audience === null && suggested.length > 0
                ? t('crises.form.audienceSuggested')
                : t('crises.form.audienceHint')}
            </Text>
          </Stack>
          <ZonedTimeField
            label={t('crises.fields.firstSignalAt')}
            value={draft.firstSignal}
            defaultZone={zone}
            onChange={(value) => set('firstSignal', value)}
          />
          {errors.firstSignalAt && (
            <Text size="xs" c="red">
              {errors.firstSignalAt}
            </Text>
          )}
          <Textarea
            label={t('crises.fields.description')}
            value={draft.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            autosize
            minRows={3}
          />
          {!crisis && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('crises.form.openIn')}
              </Text>
              <SegmentedControl
                aria-label={t('crises.form.openIn')}
                w="fit-content"
                value={phase}
                onChange={(value) => setPhase(value as 'pre' | 'initial')}
                data={(['initial', 'pre'] as const).map((value) => ({ value, label: t(`crises.phase.${value}`) }))}
              />
            </Stack>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('crises.form.who')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('crises.fields.leadSpokesperson')}
              data={spokespersons}
              value={draft.leadSpokespersonId}
              onChange={(value) => set('leadSpokespersonId', value)}
              error={errors.leadSpokespersonId}
              clearable
              searchable
            />
            <MultiSelect
              label={t('crises.fields.deputies')}
              data={everyone}
              value={draft.deputyIds}
              onChange={(value) => set('deputyIds', value)}
              error={errors.deputyIds}
              searchable
            />
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t('crises.fields.team')}
          </Text>
          {draft.team.map((member, index) => (
            <Group key={index} align="flex-end" wrap="nowrap">
              <Select
                label={t('crises.form.member')}
                data={everyone}
                value={member.accountId}
                onChange={(value) =>
                  set(
                    'team',
                    draft.team.map((row, at) => (at === index ? { ...row, accountId: value } : row)),
                  )
                }
                error={errors[`team.${index}.accountId`]}
                searchable
                style={{ flex: 2 }}
              />
              <Select
                label={t('crises.form.role')}
                data={crisisRoles.map((value) => ({ value, label: t(`crises.role.${value}`) }))}
                value={member.role}
                onChange={(value) =>
                  value &&
                  set(
                    'team',
                    draft.team.map((row, at) => (at === index ? { ...row, role: value as CrisisRole } : row)),
                  )
                }
                allowDeselect={false}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('crises.form.removeMember')}
                onClick={() =>
                  set(
                    'team',
                    draft.team.filter((_, at) => at !== index),
                  )
                }
                mb={4}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            w="fit-content"
            leftSection={<IconPlus size={16} />}
            onClick={() => set('team', [...draft.team, { accountId: null, role: 'monitoring' }])}
          >
            {t('crises.form.addMember')}
          </Button>
        </Stack>
      </Fieldset>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void navigate(crisis ? `/crises/${crisis.id}` : '/crises')}>
          {t('accounts.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending || openFromSignal.isPending}>
          {crisis ? t('crises.form.save') : t('crises.form.open')}
        </Button>
      </Group>
    </Stack>
  );
}
