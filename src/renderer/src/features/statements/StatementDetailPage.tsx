import { Alert, Anchor, Badge, Box, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Statement } from '../../../../shared/ipc/statements';
import { useApi } from '../../api/ApiContext';
import { callOrThrow, channelKey, useChannelQuery } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { rolesAllow } from '../../../../shared/permissions';
import { useMe } from '../../components/useSession';
import { useFormatInstant } from '../../components/useOfficeTime';
import { ApprovalPanel } from './ApprovalPanel';
import { CommentsPanel } from './CommentsPanel';
import { HistoryPanel } from './HistoryPanel';
import { OutputsPanel } from './OutputsPanel';
import { StatementActions } from './StatementActions';
import { StatementBodyView } from './StatementBodyView';
import { StatementEditor } from './StatementEditor';
import { SubmitRefusal } from './SubmitRefusal';
import { QuotedFigures } from './QuotedFigures';
import { StaleFigures } from './StaleFigures';
import { waitingFor } from './statementLabels';
import { StatusBadge } from './StatusBadge';
import { DistributeModal } from '../distribution/public';
import { DistributionPanel } from '../distribution/public';
import { StatementPickup, useStatementPickup } from '../monitoring/public';
import { useStatement, useTimeline } from './useStatements';

/** A read-only view types nothing into the body. */
const noInserter = { current: null };
const noReplacer = { current: null };

export function StatementDetailPage() {
  const { id = '' } = useParams();
  const query = useStatement(id);
  return (
    <QueryState query={query}>{(statement) => <StatementDetail key={statement.id} statement={statement} />}</QueryState>
  );
}

function StatementDetail({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const queryClient = useQueryClient();
  const office = useChannelQuery('office.get', {});
  const timeline = useTimeline(statement.id);
  // A link may name the tab ("?tab=distribution" from a release's progress link).
  const [searchParams] = useSearchParams();
  const [tab, setTab] = useState<string | null>(
    searchParams.get('tab') ?? (statement.status === 'in_review' && statement.can.decide ? 'approval' : 'text'),
  );
  // The editor works on its own copy of the statement, replaced only when this person saves or
  // asks for the latest version, never because someone else's change arrived: their typing must
  // not be replaced under them. (A change by others shows as a conflict on save.)
  const [editing, setEditing] = useState({ statement, session: 0 });
  const [dirty, setDirty] = useState(false);
  // Why the last "Simpan & ajukan" did not submit: kept beside the editor until closed or submitted.
  const [refusal, setRefusal] = useState<unknown>(null);
  const me = useMe();
  const api = useApi();
  const [distributing, setDistributing] = useState(false);
  const mayDistribute =
    ['approved', 'released'].includes(statement.status) && rolesAllow(me.data?.roles ?? [], 'distribution.send');
  const distributed = ['approved', 'released', 'corrected', 'retracted'].includes(statement.status);
  const startEditing = (next: Statement) => {
    queryClient.setQueryData(channelKey('statements.get', { id: next.id }), next);
    setEditing((current) => ({ statement: next, session: current.session + 1 }));
  };
  const reload = () =>
    callOrThrow(api, 'statements.get', { id: statement.id }).then(startEditing, (error: unknown) =>
      notifyFailure(t, error),
    );

  return (
    <Stack>
      <Anchor component={Link} to="/statements" size="sm">
        ← {t('statements.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="outline">{t(`statements.kind.${statement.kind}`)}</Badge>
            <StatusBadge status={statement.status} />
            {statement.number && <Badge color="dark">{statement.number}</Badge>}
            <Text size="xs" c="dimmed">
              {t('statements.revision', { no: statement.revisionNo })} · {statement.author.fullName} ·{' '}
              {format(statement.updatedAt)}
            </Text>
          </Group>
          <Title order={2}>{statement.title}</Title>
          {waitingFor(t, statement) && (
            <Text size="sm" c="blue.8" data-testid="waiting-for">
              {t('statements.waitingForPeople', { names: waitingFor(t, statement) })}
            </Text>
          )}
          {statement.embargoUntil && (
            <Text size="sm" c="orange.8" fw={600}>
              {t('statements.embargoUntil', { time: format(statement.embargoUntil.at) })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {mayDistribute && (
            <Button color="teal" onClick={() => setDistributing(true)}>
              {t('distribution.dialog.open')}
            </Button>
          )}
          <StatementActions statement={statement} dirty={dirty} />
        </Group>
      </Group>
      {distributing && office.data && (
        <DistributeModal
          statement={statement}
          defaultZone={office.data.timeZone}
          opened
          onClose={() => setDistributing(false)}
          onCreated={() => {
            setDistributing(false);
            setTab('distribution');
          }}
        />
      )}
      {statement.corrects && (
        <Alert color="grape">
          <Anchor component={Link} to={`/statements/${statement.corrects.id}`}>
            {t('statements.corrects', { number: statement.corrects.number ?? '', title: statement.corrects.title })}
          </Anchor>
        </Alert>
      )}
      {statement.correctedBy && (
        <Alert color="grape">
          {t('statements.correctedBy')}{' '}
          <Anchor component={Link} to={`/statements/${statement.correctedBy.id}`}>
            {t('statements.openCorrection')}
          </Anchor>
        </Alert>
      )}
      {statement.withdrawnReason && (
        <Alert color="gray">{t('statements.withdrawnBecause', { reason: statement.withdrawnReason })}</Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="text">{t('statements.tabs.text')}</Tabs.Tab>
          <Tabs.Tab value="approval">{t('statements.tabs.approval')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('statements.tabs.history')}</Tabs.Tab>
          <Tabs.Tab value="outputs">{t('statements.tabs.outputs')}</Tabs.Tab>
          {distributed && <Tabs.Tab value="distribution">{t('statements.tabs.distribution')}</Tabs.Tab>}
          {statement.releasedAt && <CoverageTab statementId={statement.id} />}
          <Tabs.Tab value="comments">
            {t('statements.tabs.comments')}
            {timeline.data && timeline.data.comments.length > 0 ? ` (${timeline.data.comments.length})` : ''}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="md">
          {statement.can.edit && office.data ? (
            <Stack>
              {refusal !== null && statement.can.submit && (
                <SubmitRefusal error={refusal} onClose={() => setRefusal(null)} />
              )}
              <StatementEditor
                key={editing.session}
                statement={editing.statement}
                office={office.data}
                onSaved={startEditing}
                onReload={() => void reload()}
                onDirtyChange={setDirty}
                onSubmitRefused={setRefusal}
              />
            </Stack>
          ) : (
            <Paper withBorder p="lg">
              {!statement.can.edit && (
                <Text size="sm" c="dimmed" mb="sm">
                  {t('statements.editor.readOnly', { status: t(`statements.status.${statement.status}`) })}
                </Text>
              )}
              <StaleFigures
                statementId={statement.id}
                content={statement.content}
                editable={false}
                replacerRef={noReplacer}
                inserterRef={noInserter}
                onTextChange={() => undefined}
                mb="sm"
              />
              {statement.content.summary && (
                <Text fs="italic" mb="sm">
                  {statement.content.summary}
                </Text>
              )}
              <StatementBodyView body={statement.content.body} />
              <Box mt="md">
                <QuotedFigures
                  statementId={statement.id}
                  language={statement.content.language}
                  editable={false}
                  inserterRef={noInserter}
                />
              </Box>
            </Paper>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="approval" pt="md">
          <ApprovalPanel statement={statement} formatInstant={format} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <QueryState query={timeline}>
            {(data) => <HistoryPanel statementId={statement.id} timeline={data} formatInstant={format} />}
          </QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="outputs" pt="md">
          <OutputsPanel statement={statement} />
        </Tabs.Panel>
        <Tabs.Panel value="distribution" pt="md">
          <DistributionPanel
            statementId={statement.id}
            canSend={rolesAllow(me.data?.roles ?? [], 'distribution.send')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <StatementPickup statementId={statement.id} />
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <QueryState query={timeline}>
            {(data) => (
              <CommentsPanel
                statementId={statement.id}
                comments={data.comments}
                canComment={rolesAllow(me.data?.roles ?? [], 'statements.draft')}
                formatInstant={format}
              />
            )}
          </QueryState>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The coverage tab, with how many stories ran the statement so far. */
function CoverageTab({ statementId }: { statementId: string }) {
  const { t } = useTranslation();
  const pickup = useStatementPickup(statementId);
  const count = pickup.data?.length ?? 0;
  return (
    <Tabs.Tab value="coverage">
      {t('statements.tabs.coverage')}
      {count > 0 ? ` (${count})` : ''}
    </Tabs.Tab>
  );
}
