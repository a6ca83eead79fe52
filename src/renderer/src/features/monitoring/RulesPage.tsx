import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  capCertaintyThresholds,
  capSeverityThresholds,
  capUrgencyThresholds,
  type SignalRulesInput,
} from '../../../../shared/ipc/feeds';
import { rolesAllow } from '../../../../shared/permissions';
import { regionOptions } from '../../components/contactLabels';
import { showFormFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { useSignalRules } from './useMonitoring';
import { useSaveSignalRules } from './useMonitoringActions';

/** /monitoring/rules: which signals are the office's. Everyone reads them; the head of Humas and the administrator set them. */
export function RulesPage() {
  const rules = useSignalRules();
  return <QueryState query={rules}>{(data) => <RulesForm rules={data} />}</QueryState>;
}

type NumberField = number | string;

function RulesForm({ rules }: { rules: SignalRulesInput }) {
  const { t } = useTranslation();
  const me = useMe();
  const editable = rolesAllow(me.data?.roles ?? [], 'feeds.manage');
  const save = useSaveSignalRules();
  const [draft, setDraft] = useState(rules);
  const [latitude, setLatitude] = useState<NumberField>(rules.centre?.latitude ?? '');
  const [longitude, setLongitude] = useState<NumberField>(rules.centre?.longitude ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof SignalRulesInput>(key: K, value: SignalRulesInput[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const num = (value: NumberField) => (value === '' ? Number.NaN : Number(value));
  const submit = () => {
    const bothEmpty = latitude === '' && longitude === '';
    save.mutate(
      { ...draft, centre: bothEmpty ? null : { latitude: num(latitude), longitude: num(longitude) } },
      {
        onSuccess: (saved) => {
          setDraft(saved);
          notifications.show({ message: t('monitoring.rules.saved'), color: 'teal' });
        },
        onError: (error) => showFormFailure(t, error, setErrors),
      },
    );
  };
  const numberProps = (
    key: keyof SignalRulesInput,
    extra: { min: number; max: number; step?: number; decimal?: boolean },
  ) => ({
    value: draft[key] as number,
    onChange: (value: NumberField) => set(key, (value === '' ? Number.NaN : Number(value)) as never),
    min: extra.min,
    max: extra.max,
    step: extra.step,
    allowDecimal: extra.decimal ?? false,
    error: errors[key],
    disabled: !editable,
  });
  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Text size="sm" c="dimmed">
        {editable ? t('monitoring.rules.description') : t('monitoring.rules.readOnly')}
      </Text>
      <Fieldset legend={t('monitoring.rules.area')}>
        <Stack>
          <MultiSelect
            label={t('monitoring.rules.regions')}
            description={t('monitoring.rules.regionsHint')}
            data={regionOptions(t)}
            value={draft.regionCodes}
            onChange={(value) => set('regionCodes', value)}
            error={errors.regionCodes}
            searchable
            limit={60}
            disabled={!editable}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('monitoring.rules.latitude')}
              value={latitude}
              onChange={setLatitude}
              min={-90}
              max={90}
              decimalScale={4}
              error={errors['centre.latitude'] ?? errors.centre}
              disabled={!editable}
            />
            <NumberInput
              label={t('monitoring.rules.longitude')}
              value={longitude}
              onChange={setLongitude}
              min={-180}
              max={180}
              decimalScale={4}
              error={errors['centre.longitude']}
              disabled={!editable}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('monitoring.rules.centreHint')}
          </Text>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('monitoring.rules.quakes')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('monitoring.rules.quakeMinMagnitude')}
            {...numberProps('quakeMinMagnitude', { min: 0, max: 10, step: 0.1, decimal: true })}
          />
          <NumberInput
            label={t('monitoring.rules.quakeWithinKm')}
            {...numberProps('quakeWithinKm', { min: 0, max: 5000 })}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('monitoring.rules.warnings')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('monitoring.rules.capMinSeverity')}
            data={capSeverityThresholds.map((value) => ({ value, label: t(`monitoring.cap.${value}`) }))}
            value={draft.capMinSeverity}
            onChange={(value) => value && set('capMinSeverity', value as SignalRulesInput['capMinSeverity'])}
            allowDeselect={false}
            disabled={!editable}
          />
          <Select
            label={t('monitoring.rules.capMinUrgency')}
            data={capUrgencyThresholds.map((value) => ({ value, label: t(`monitoring.cap.${value}`) }))}
            value={draft.capMinUrgency}
            onChange={(value) => value && set('capMinUrgency', value as SignalRulesInput['capMinUrgency'])}
            allowDeselect={false}
            disabled={!editable}
          />
          <Select
            label={t('monitoring.rules.capMinCertainty')}
            data={capCertaintyThresholds.map((value) => ({ value, label: t(`monitoring.cap.${value}`) }))}
            value={draft.capMinCertainty}
            onChange={(value) => value && set('capMinCertainty', value as SignalRulesInput['capMinCertainty'])}
            allowDeselect={false}
            disabled={!editable}
          />
          <NumberInput
            label={t('monitoring.rules.capWithinKm')}
            {...numberProps('capWithinKm', { min: 0, max: 1000 })}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('monitoring.rules.news')}>
        <Stack>
          <TagsInput
            label={t('monitoring.rules.keywords')}
            description={t('monitoring.rules.keywordsHint')}
            value={draft.keywords}
            onChange={(value) => set('keywords', value)}
            error={errors.keywords}
            maxTags={50}
            disabled={!editable}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('monitoring.rules.keeping')}>
        <NumberInput
          label={t('monitoring.rules.retentionDays')}
          description={t('monitoring.rules.retentionHint')}
          {...numberProps('retentionDays', { min: 7, max: 3650 })}
        />
      </Fieldset>
      {editable && (
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('monitoring.rules.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
