import { Badge, Button, Group, Modal, NumberInput, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Crisis, OfficialFigure } from '../../../../shared/ipc/crises';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { FormActions } from '../../components/FormActions';
import { showFormFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant, useOfficeZone } from '../../components/useOfficeTime';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { useFigures } from './useCrises';
import { useRecordFigure } from './useCrisisActions';

/** "Narasi tunggal": the official figures, each series with its versions; only the newest may be quoted. */
export function FiguresPanel({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatInstant();
  const figures = useFigures(crisis.id);
  const [editing, setEditing] = useState<OfficialFigure | 'new' | null>(null);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          {t('crises.figures.description')}
        </Text>
        {editable && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            {t('crises.figures.add')}
          </Button>
        )}
      </Group>
      <QueryState query={figures}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('crises.figures.empty')}
            </Text>
          ) : (
            <Paper withBorder>
              <Table aria-label={t('crises.tabs.figures')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('crises.figures.label')}</Table.Th>
                    <Table.Th>{t('crises.figures.value')}</Table.Th>
                    <Table.Th>{t('crises.figures.source')}</Table.Th>
                    <Table.Th>{t('crises.figures.asOf')}</Table.Th>
                    <Table.Th>{t('crises.figures.version')}</Table.Th>
                    {editable && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((figure) => (
                    <Table.Tr key={figure.id} c={figure.superseded ? 'dimmed' : undefined}>
                      <Table.Td>{figure.label}</Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          fw={figure.superseded ? 400 : 700}
                          td={figure.superseded ? 'line-through' : undefined}
                        >
                          {number.format(figure.value)} {figure.unit}
                        </Text>
                      </Table.Td>
                      <Table.Td>{figure.source}</Table.Td>
                      <Table.Td>{format(figure.asOf)}</Table.Td>
                      <Table.Td>
                        {figure.superseded ? (
                          <Badge color="gray" variant="outline" size="sm">
                            {t('crises.figures.superseded', { version: figure.version })}
                          </Badge>
                        ) : (
                          <Badge color="teal" size="sm">
                            {t('crises.figures.current', { version: figure.version })}
                          </Badge>
                        )}
                      </Table.Td>
                      {editable && (
                        <Table.Td>
                          {!figure.superseded && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              leftSection={<IconRefresh size={12} />}
                              onClick={() => setEditing(figure)}
                              aria-label={t('crises.figures.updateLabel', { label: figure.label })}
                            >
                              {t('crises.figures.update')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )
        }
      </QueryState>
      {editing && (
        <FigureModal
          crisisId={crisis.id}
          series={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function FigureModal({
  crisisId,
  series,
  onClose,
}: {
  crisisId: string;
  series: OfficialFigure | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const [label, setLabel] = useState(series?.label ?? '');
  const [value, setValue] = useState<number | string>(series?.value ?? '');
  const [unit, setUnit] = useState(series?.unit ?? '');
  const [source, setSource] = useState(series?.source ?? '');
  const [asOf, setAsOf] = useState<{ at: string; zone: OfficeTimeZone } | null>(() => {
    const now = new Date();
    now.setSeconds(0, 0);
    return { at: now.toISOString(), zone };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const record = useRecordFigure();
  return (
    <Modal
      opened
      onClose={onClose}
      title={series ? t('crises.figures.updateTitle', { label: series.label }) : t('crises.figures.add')}
    >
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate(
            {
              crisisId,
              seriesId: series?.seriesId ?? null,
              label,
              value: typeof value === 'number' ? value : Number.NaN,
              unit,
              source,
              asOf: asOf?.at ?? '',
            },
            {
              onSuccess: () => {
                notifications.show({ message: t('crises.figures.recorded'), color: 'teal' });
                onClose();
              },
              onError: (error) => showFormFailure(t, error, setErrors),
            },
          );
        }}
      >
        <TextInput
          label={t('crises.figures.label')}
          placeholder={t('crises.figures.labelPlaceholder')}
          required
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={errors.label}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('crises.figures.value')}
            required
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            value={value}
            onChange={setValue}
            error={errors.value}
          />
          <TextInput
            label={t('crises.figures.unit')}
            placeholder={t('crises.figures.unitPlaceholder')}
            value={unit}
            onChange={(event) => setUnit(event.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('crises.figures.source')}
          placeholder={t('crises.figures.sourcePlaceholder')}
          required
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={errors.source}
        />
        <ZonedTimeField label={t('crises.figures.asOf')} value={asOf} defaultZone={zone} onChange={setAsOf} />
        {errors.asOf && (
          <Text size="xs" c="red">
            {errors.asOf}
          </Text>
        )}
        <FormActions onCancel={onClose} submitLabel={t('crises.figures.save')} loading={record.isPending} />
      </Stack>
    </Modal>
  );
}
