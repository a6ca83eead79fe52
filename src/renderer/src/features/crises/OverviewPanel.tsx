import { isCrisisUpdate } from '../../../../shared/statements/workflow';
import { CrisisHoaxesCard } from '../hoaxes/public';
import { ActionIcon, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLinkOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { regionLabel } from '../../../../shared/contacts/regions';
import type { Crisis } from '../../../../shared/ipc/crises';
import type { StatementStatus } from '../../../../shared/statements/workflow';
import { useChannelQuery } from '../../api/channelQueries';
import { Fact } from '../../components/Fact';
import { notifyFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { NewStatementModal, useCreateStatement } from '../statements/public';
import { StatusBadge } from '../statements/public';
import { PresenceMark } from '../presence/public';
import { GoldenHourClock } from './GoldenHourClock';
import { useLinkToCrisis } from './useCrisisActions';

/** The clock, the facts and the team; the statements and conferences of the crisis, linked here. */
export function OverviewPanel({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const releases = crisis.statements.flatMap((statement) =>
    statement.releasedAt && isCrisisUpdate(statement.kind)
      ? [{ statementId: statement.id, releasedAt: statement.releasedAt, nextUpdateAt: statement.nextUpdateAt }]
      : [],
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack>
        {crisis.status === 'open' && (
          <GoldenHourClock
            facts={{ firstSignalAt: crisis.firstSignalAt, targets: crisis.goldenHourTargets, releases }}
          />
        )}
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Fact label={t('crises.fields.firstSignalAt')}>{format(crisis.firstSignalAt)}</Fact>
            <Fact label={t('crises.fields.regions')}>{crisis.regions.map(regionLabel).join('; ') || '—'}</Fact>
            {/* Who of the crisis's people is at a desk now: the one to call first. */}
            <Fact label={t('crises.fields.leadSpokesperson')}>
              {crisis.leadSpokesperson ? (
                <Group gap="xs">
                  {crisis.leadSpokesperson.fullName}
                  <PresenceMark accountId={crisis.leadSpokesperson.id} />
                </Group>
              ) : (
                '—'
              )}
            </Fact>
            <Fact label={t('crises.fields.deputies')}>
              {crisis.deputies.length === 0
                ? '—'
                : crisis.deputies.map((person) => (
                    <Group key={person.id} gap="xs">
                      {person.fullName}
                      <PresenceMark accountId={person.id} />
                    </Group>
                  ))}
            </Fact>
            <Fact label={t('crises.fields.team')}>
              {crisis.team.length === 0
                ? '—'
                : crisis.team.map((member) => (
                    <Group key={`${member.person.id}.${member.role}`} gap="xs">
                      {member.person.fullName} — {t(`crises.role.${member.role}`)}
                      <PresenceMark accountId={member.person.id} />
                    </Group>
                  ))}
            </Fact>
            {crisis.description && <Fact label={t('crises.fields.description')}>{crisis.description}</Fact>}
          </Stack>
        </Paper>
      </Stack>
      <Stack>
        <StatementsCard crisis={crisis} editable={editable} hasRelease={releases.length > 0} />
        <ConferencesCard crisis={crisis} editable={editable} />
        <CrisisHoaxesCard crisisId={crisis.id} open={crisis.status === 'open'} />
      </Stack>
    </SimpleGrid>
  );
}

function StatementsCard({ crisis, editable, hasRelease }: { crisis: Crisis; editable: boolean; hasRelease: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [writing, setWriting] = useState(false);
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  const create = useCreateStatement();
  // One click: the statement the crisis needs next, written from what the crisis knows.
  const writeNow = () =>
    create
      .mutateAsync({
        kind: hasRelease ? 'update' : 'holding_statement',
        language: i18n.language === 'en' ? 'en' : 'id',
        templateId: null,
        crisisId: crisis.id,
      })
      .then(
        (statement) => void navigate(`/statements/${statement.id}`),
        (error: unknown) => notifyFailure(t, error),
      );
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const candidates = useChannelQuery(
    'statements.list',
    { query, limit: 20, sort: query ? 'relevance' : 'updated_desc' },
    { enabled: editable },
  );
  const link = useLinkToCrisis();
  const linked = new Set(crisis.statements.map((statement) => statement.id));
  const options = (candidates.data?.items ?? [])
    .filter((statement) => !linked.has(statement.id) && statement.status !== 'withdrawn')
    .map((statement) => ({
      value: statement.id,
      label: [statement.number, statement.title].filter(Boolean).join(' · '),
    }));
  const change = (statementId: string, isLinked: boolean) =>
    link.mutate(
      { crisisId: crisis.id, statementId, linked: isLinked },
      { onError: (error) => notifyFailure(t, error) },
    );
  return (
    <Paper withBorder p="md" component="section" aria-label={t('crises.statements.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('crises.statements.title')}
        </Title>
        {editable && (
          <Group gap={4}>
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              loading={create.isPending}
              onClick={() => void writeNow()}
            >
              {hasRelease ? t('crises.statements.writeUpdate') : t('crises.statements.writeHolding')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setWriting(true)}>
              {t('crises.statements.writeOther')}
            </Button>
          </Group>
        )}
      </Group>
      {crisis.statements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('crises.statements.none')}
        </Text>
      ) : (
        <Table aria-label={t('crises.statements.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('crises.statements.statement')}</Table.Th>
              <Table.Th>{t('crises.statements.status')}</Table.Th>
              <Table.Th>{t('crises.statements.nextUpdate')}</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {crisis.statements.map((statement) => (
              <Table.Tr key={statement.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/statements/${statement.id}`} size="sm">
                    {[statement.number, statement.title || t('crises.statements.untitled')].filter(Boolean).join(' · ')}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`statements.kind.${statement.kind}`)}
                    {statement.releasedAt &&
                      ` · ${t('crises.statements.releasedAt', { time: format(statement.releasedAt) })}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={statement.status as StatementStatus} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{statement.nextUpdateAt ? format(statement.nextUpdateAt) : '—'}</Text>
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('crises.statements.unlink', { title: statement.title })}
                      onClick={() => change(statement.id, false)}
                    >
                      <IconLinkOff size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Select
          mt="sm"
          label={t('crises.statements.link')}
          placeholder={t('crises.statements.linkPlaceholder')}
          data={options}
          value={null}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          onChange={(value) => value && change(value, true)}
          nothingFoundMessage={t('crises.statements.nothingFound')}
        />
      )}
      {writing && (
        <NewStatementModal
          opened
          onClose={() => setWriting(false)}
          initialKind={hasRelease ? 'update' : 'holding_statement'}
          crisisId={crisis.id}
        />
      )}
    </Paper>
  );
}

function ConferencesCard({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [range] = useState(() => ({
    from: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 90 * 86_400_000).toISOString(),
  }));
  const candidates = useChannelQuery('conferences.list', range, { enabled: editable });
  const link = useLinkToCrisis();
  const linked = new Set(crisis.conferences.map((conference) => conference.id));
  const options = (candidates.data ?? [])
    .filter((conference) => !linked.has(conference.id))
    .map((conference) => ({ value: conference.id, label: `${conference.title} · ${format(conference.startsAt)}` }));
  const change = (conferenceId: string, isLinked: boolean) =>
    link.mutate(
      { crisisId: crisis.id, conferenceId, linked: isLinked },
      { onError: (error) => notifyFailure(t, error) },
    );
  return (
    <Paper withBorder p="md" component="section" aria-label={t('crises.conferences.title')}>
      <Title order={3} size="h5" mb="xs">
        {t('crises.conferences.title')}
      </Title>
      {crisis.conferences.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('crises.conferences.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {crisis.conferences.map((conference) => (
            <Group key={conference.id} justify="space-between">
              <div>
                <Anchor component={Link} to={`/conferences/${conference.id}`} size="sm">
                  {conference.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {format(conference.startsAt)} · {t(`conferences.status.${conference.status}`)}
                </Text>
              </div>
              {editable && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('crises.conferences.unlink', { title: conference.title })}
                  onClick={() => change(conference.id, false)}
                >
                  <IconLinkOff size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <Select
          mt="sm"
          label={t('crises.conferences.link')}
          data={options}
          value={null}
          searchable
          onChange={(value) => value && change(value, true)}
          nothingFoundMessage={t('crises.conferences.nothingFound')}
        />
      )}
    </Paper>
  );
}
