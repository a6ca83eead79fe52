import { Badge, Button, Chip, Group, Paper, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { timelineKinds, type Crisis, type TimelineEntry, type TimelineKind } from '../../../../shared/ipc/crises';
import { useApi } from '../../api/ApiContext';
import { callOrThrow, useChannelQuery } from '../../api/channelQueries';
import { showFormFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFileDownload } from '../../components/useFileDownload';
import { useFormatInstant, useOfficeZone } from '../../components/useOfficeTime';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { useAddTimelineEntry } from './useCrisisActions';

const kindColors: Record<TimelineKind, string> = {
  phase: 'red',
  checklist: 'teal',
  log: 'gray',
  figure: 'violet',
  statement: 'blue',
  conference: 'orange',
  hoax: 'pink',
};

/** Everything that happened, in time order; filter by kind, add a log entry, export what is shown. */
export function TimelinePanel({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormatInstant();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const timeline = useChannelQuery('crises.timeline', { id: crisis.id, kinds });
  const { busy, download } = useFileDownload();
  return (
    <Stack>
      {editable && <LogForm crisisId={crisis.id} />}
      <Group justify="space-between">
        <Chip.Group multiple value={kinds} onChange={(value) => setKinds(value as TimelineKind[])}>
          <Group gap="xs" aria-label={t('crises.timeline.filter')} role="group">
            {timelineKinds.map((kind) => (
              <Chip key={kind} value={kind} size="xs">
                {t(`crises.timeline.kind.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileTypeCsv size={14} />}
          loading={busy === 'csv'}
          onClick={() =>
            void download('csv', () =>
              callOrThrow(api, 'crises.exportTimeline', {
                id: crisis.id,
                kinds,
                language: i18n.language === 'en' ? 'en' : 'id',
              }),
            )
          }
        >
          {t('crises.timeline.export')}
        </Button>
      </Group>
      <QueryState query={timeline}>
        {(entries) =>
          entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('crises.timeline.empty')}
            </Text>
          ) : (
            <Table aria-label={t('crises.tabs.timeline')}>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={`${entry.kind}.${entry.refId}.${entry.at}`}>
                    <Table.Td w={210}>
                      <Text size="sm">{format(entry.at)}</Text>
                    </Table.Td>
                    <Table.Td w={150}>
                      <Badge color={kindColors[entry.kind]} variant="light">
                        {t(`crises.timeline.kind.${entry.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <EntryText entry={entry} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {entry.by ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** The entry in words: the core sends codes for phases, kinds and statuses. */
function EntryText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const [text, detail] = (() => {
    switch (entry.kind) {
      case 'phase':
        return [t('crises.timeline.enteredPhase', { phase: t(`crises.phase.${entry.text}`) }), entry.detail];
      case 'checklist':
        return [entry.text, t(`crises.phase.${entry.detail}`)];
      case 'statement':
        return [entry.text, t(`statements.kind.${entry.detail}`)];
      case 'conference':
        return [entry.text, t(`conferences.status.${entry.detail}`)];
      case 'hoax': {
        const [event, verdict] = entry.detail.split(':');
        return [
          entry.text,
          event === 'verdict'
            ? t('hoaxes.timeline.verdict', { verdict: t(`hoaxes.verdict.${verdict}`) })
            : t(`hoaxes.timeline.${event}`),
        ];
      }
      default:
        return [entry.text, entry.detail];
    }
  })();
  return (
    <div>
      <Text size="sm">{text}</Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </div>
  );
}

function LogForm({ crisisId }: { crisisId: string }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const fresh = () => {
    const now = new Date();
    now.setSeconds(0, 0);
    return { at: now.toISOString(), zone };
  };
  const [when, setWhen] = useState<{ at: string; zone: OfficeTimeZone } | null>(fresh);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useAddTimelineEntry();
  return (
    <Paper withBorder p="md">
      <Stack
        component="form"
        gap="xs"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(
            { crisisId, at: when?.at ?? '', text, source },
            {
              onSuccess: () => {
                setText('');
                setSource('');
                setErrors({});
                setWhen(fresh());
                setFormKey((key) => key + 1);
              },
              onError: (error) => showFormFailure(t, error, setErrors),
            },
          );
        }}
      >
        <Textarea
          label={t('crises.timeline.logText')}
          placeholder={t('crises.timeline.logPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.text}
          autosize
          minRows={2}
        />
        <Group align="flex-end" grow>
          <ZonedTimeField
            key={formKey}
            label={t('crises.timeline.logAt')}
            value={when}
            defaultZone={zone}
            onChange={setWhen}
          />
          <TextInput
            label={t('crises.timeline.logSource')}
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
          />
        </Group>
        {errors.at && (
          <Text size="xs" c="red">
            {errors.at}
          </Text>
        )}
        <Button type="submit" size="xs" w="fit-content" disabled={!text.trim()} loading={add.isPending}>
          {t('crises.timeline.addLog')}
        </Button>
      </Stack>
    </Paper>
  );
}
