import {
  ActionIcon,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  NumberInput,
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
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { hoaxPlatforms, type HoaxPlatform } from '../../../../shared/hoaxes/vocabulary';
import type { Hoax, HoaxInput } from '../../../../shared/ipc/hoaxes';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { showFormFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { regionOptions } from '../../components/contactLabels';
import { useOfficeZone } from '../../components/useOfficeTime';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { SimilarClaims } from './SimilarClaims';
import { useHoax, useHoaxStats, useCrisisChoices } from './useHoaxes';
import { useSaveClaim } from './useHoaxActions';

/** /hoaxes/new and /hoaxes/:id/edit. */
export function HoaxFormPage() {
  const { id } = useParams();
  if (!id) return <HoaxForm hoax={null} />;
  return <ExistingHoaxForm id={id} />;
}

function ExistingHoaxForm({ id }: { id: string }) {
  const query = useHoax(id);
  return <QueryState query={query}>{(hoax) => <HoaxForm hoax={hoax} />}</QueryState>;
}

interface Draft {
  claim: string;
  topic: string;
  region: string | null;
  reach: number | null;
  firstSeen: { at: string; zone: OfficeTimeZone } | null;
  reportedBy: string;
  crisisId: string | null;
  sightings: { platform: HoaxPlatform; url: string }[];
}

function initialDraft(hoax: Hoax | null, zone: OfficeTimeZone, crisisId: string | null): Draft {
  if (!hoax) {
    const now = new Date();
    now.setSeconds(0, 0);
    return {
      claim: '',
      topic: '',
      region: null,
      reach: null,
      firstSeen: { at: now.toISOString(), zone },
      reportedBy: '',
      // Logged from a crisis's page: the claim is about that crisis.
      crisisId,
      sightings: [{ platform: 'whatsapp', url: '' }],
    };
  }
  return {
    claim: hoax.claim,
    topic: hoax.topic,
    region: hoax.region,
    reach: hoax.reach,
    firstSeen: { at: hoax.firstSeenAt, zone },
    reportedBy: hoax.reportedBy,
    crisisId: hoax.crisis?.id ?? null,
    sightings: hoax.sightings,
  };
}

function HoaxForm({ hoax }: { hoax: Hoax | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const zone = useOfficeZone();
  const stats = useHoaxStats();
  const crises = useCrisisChoices(hoax ? 'all' : 'open');
  const [searchParams] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(hoax, zone, searchParams.get('crisis')));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveClaim();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setSighting = (index: number, change: Partial<Draft['sightings'][number]>) =>
    set(
      'sightings',
      draft.sightings.map((row, at) => (at === index ? { ...row, ...change } : row)),
    );

  const submit = () => {
    const input: HoaxInput = {
      claim: draft.claim,
      topic: draft.topic,
      region: draft.region,
      reach: draft.reach,
      firstSeenAt: draft.firstSeen?.at ?? '',
      reportedBy: draft.reportedBy,
      crisisId: draft.crisisId,
      sightings: draft.sightings,
    };
    save.mutate(
      { id: hoax?.id ?? null, hoax: input },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('hoaxes.form.saved'), color: 'teal' });
          void navigate(`/hoaxes/${saved.id}`);
        },
        onError: (error) => showFormFailure(t, error, setErrors, 'hoax'),
      },
    );
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
        title={hoax ? t('hoaxes.form.editTitle') : t('hoaxes.form.newTitle')}
        description={t('hoaxes.form.description')}
      />
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Stack style={{ gridColumn: 'span 2' }}>
          <Fieldset legend={t('hoaxes.form.what')}>
            <Stack>
              <Textarea
                label={t('hoaxes.fields.claim')}
                description={t('hoaxes.form.claimHint')}
                required
                autosize
                minRows={4}
                value={draft.claim}
                onChange={(event) => set('claim', event.currentTarget.value)}
                error={errors.claim}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Autocomplete
                  label={t('hoaxes.fields.topic')}
                  data={stats.data?.topics ?? []}
                  value={draft.topic}
                  onChange={(value) => set('topic', value)}
                  error={errors.topic}
                />
                <Select
                  label={t('hoaxes.fields.region')}
                  data={regionOptions(t)}
                  value={draft.region}
                  onChange={(value) => set('region', value)}
                  error={errors.region}
                  searchable
                  clearable
                  limit={60}
                />
                <NumberInput
                  label={t('hoaxes.fields.reach')}
                  description={t('hoaxes.form.reachHint')}
                  min={0}
                  thousandSeparator="."
                  decimalSeparator=","
                  allowDecimal={false}
                  value={draft.reach ?? ''}
                  onChange={(value) => set('reach', typeof value === 'number' ? value : null)}
                  error={errors.reach}
                />
                <TextInput
                  label={t('hoaxes.fields.reportedBy')}
                  description={t('hoaxes.form.reportedByHint')}
                  value={draft.reportedBy}
                  onChange={(event) => set('reportedBy', event.currentTarget.value)}
                  error={errors.reportedBy}
                />
              </SimpleGrid>
              <ZonedTimeField
                label={t('hoaxes.fields.firstSeenAt')}
                value={draft.firstSeen}
                defaultZone={zone}
                onChange={(value) => set('firstSeen', value)}
              />
              {errors.firstSeenAt && (
                <Text size="xs" c="red">
                  {errors.firstSeenAt}
                </Text>
              )}
              <Select
                label={t('hoaxes.fields.crisis')}
                data={(crises.data ?? []).map((crisis) => ({ value: crisis.id, label: crisis.title }))}
                value={draft.crisisId}
                onChange={(value) => set('crisisId', value)}
                error={errors.crisisId}
                clearable
                searchable
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('hoaxes.form.where')}>
            <Stack>
              {draft.sightings.map((sighting, index) => (
                <Group key={index} align="flex-end" wrap="nowrap">
                  <Select
                    label={t('hoaxes.fields.platform')}
                    data={hoaxPlatforms.map((value) => ({ value, label: t(`hoaxes.platform.${value}`) }))}
                    value={sighting.platform}
                    onChange={(value) => value && setSighting(index, { platform: value as HoaxPlatform })}
                    allowDeselect={false}
                    w={200}
                  />
                  <TextInput
                    label={t('hoaxes.fields.url')}
                    placeholder="https://"
                    value={sighting.url}
                    onChange={(event) => setSighting(index, { url: event.currentTarget.value })}
                    error={errors[`sightings.${index}.url`]}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('hoaxes.form.removeSighting')}
                    onClick={() =>
                      set(
                        'sightings',
                        draft.sightings.filter((_, at) => at !== index),
                      )
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="light"
                w="fit-content"
                leftSection={<IconPlus size={16} />}
                onClick={() => set('sightings', [...draft.sightings, { platform: 'other', url: '' }])}
              >
                {t('hoaxes.form.addSighting')}
              </Button>
            </Stack>
          </Fieldset>
        </Stack>
        <SimilarClaims text={draft.claim} excludeId={hoax?.id ?? null} />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void navigate(hoax ? `/hoaxes/${hoax.id}` : '/hoaxes')}>
          {t('accounts.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {hoax ? t('hoaxes.form.save') : t('hoaxes.form.register')}
        </Button>
      </Group>
    </Stack>
  );
}
