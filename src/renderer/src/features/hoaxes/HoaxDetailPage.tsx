import { Alert, Anchor, Badge, Blockquote, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconEdit, IconLock, IconLockOpen, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Hoax } from '../../../../shared/ipc/hoaxes';
import { Fact } from '../../components/Fact';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { regionLabel } from '../../components/contactLabels';
import { useFormatInstant, useFormatNumber } from '../../components/useOfficeTime';
import { ClarificationPanel } from './ClarificationPanel';
import { CloseHoaxModal, MergeHoaxModal } from './HoaxModals';
import { EvidencePanel } from './EvidencePanel';
import { HistoryPanel } from './HistoryPanel';
import { ScreenshotsPanel } from './ScreenshotsPanel';
import { VerdictPanel } from './VerdictPanel';
import { statusColors, verdictColors } from './hoaxLabels';
import { useHoax } from './useHoaxes';
import { useReopenClaim, useStartVerifying } from './useHoaxActions';

/** /hoaxes/:id: the claim, where it went round, the evidence, the verdict and the clarification. */
export function HoaxDetailPage() {
  const { id = '' } = useParams();
  const query = useHoax(id);
  return <QueryState query={query}>{(hoax) => <HoaxDetail hoax={hoax} />}</QueryState>;
}

function HoaxDetail({ hoax }: { hoax: Hoax }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const formatNumber = useFormatNumber();
  const [closing, setClosing] = useState(false);
  const [merging, setMerging] = useState(false);
  const startVerifying = useStartVerifying();
  const reopen = useReopenClaim();
  const onError = (error: unknown) => notifyFailure(t, error);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to="/hoaxes" size="sm">
            {t('hoaxes.back')}
          </Anchor>
          <Title order={2}>{t('hoaxes.detail.title')}</Title>
          <Group gap="xs" mt={4}>
            <Badge color={statusColors[hoax.status]}>{t(`hoaxes.status.${hoax.status}`)}</Badge>
            {hoax.verdict && (
              <Badge color={verdictColors[hoax.verdict]} variant="filled">
                {t(`hoaxes.verdict.${hoax.verdict}`)}
              </Badge>
            )}
          </Group>
        </div>
        <Group>
          {hoax.can.edit && (
            <Button
              variant="default"
              component={Link}
              to={`/hoaxes/${hoax.id}/edit`}
              leftSection={<IconEdit size={16} />}
            >
              {t('hoaxes.actions.edit')}
            </Button>
          )}
          {hoax.can.startVerifying && (
            <Button
              leftSection={<IconSearch size={16} />}
              loading={startVerifying.isPending}
              onClick={() => startVerifying.mutate({ id: hoax.id }, { onError })}
            >
              {t('hoaxes.actions.startVerifying')}
            </Button>
          )}
          {hoax.can.merge && (
            <Button variant="default" leftSection={<IconArrowMerge size={16} />} onClick={() => setMerging(true)}>
              {t('hoaxes.actions.merge')}
            </Button>
          )}
          {hoax.can.close && (
            <Button variant="default" color="red" leftSection={<IconLock size={16} />} onClick={() => setClosing(true)}>
              {t('hoaxes.actions.close')}
            </Button>
          )}
          {hoax.can.reopen && (
            <Button
              variant="default"
              leftSection={<IconLockOpen size={16} />}
              loading={reopen.isPending}
              onClick={() =>
                reopen.mutate(
                  { id: hoax.id },
                  { onSuccess: () => notifications.show({ message: t('hoaxes.reopened'), color: 'teal' }), onError },
                )
              }
            >
              {t('hoaxes.actions.reopen')}
            </Button>
          )}
        </Group>
      </Group>
      {hoax.mergedInto && (
        <Alert color="gray" title={t('hoaxes.detail.mergedTitle')}>
          <Anchor component={Link} to={`/hoaxes/${hoax.mergedInto.id}`} size="sm">
            {hoax.mergedInto.claim}
          </Anchor>
        </Alert>
      )}
      {hoax.status === 'closed' && hoax.closeNote && (
        <Alert color="gray" title={t('hoaxes.detail.closedTitle')}>
          {hoax.closeNote}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack>
          <Paper withBorder p="md" component="section" aria-label={t('hoaxes.detail.claim')}>
            <Title order={3} size="h5" mb="xs">
              {t('hoaxes.detail.claim')}
            </Title>
            <Blockquote p="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {hoax.claim}
            </Blockquote>
            <Stack gap={4}>
              <Fact label={t('hoaxes.fields.firstSeenAt')}>{format(hoax.firstSeenAt)}</Fact>
              <Fact label={t('hoaxes.fields.reportedBy')}>{hoax.reportedBy || '—'}</Fact>
              <Fact label={t('hoaxes.fields.reach')}>{hoax.reach === null ? '—' : formatNumber(hoax.reach)}</Fact>
              <Fact label={t('hoaxes.fields.topic')}>{hoax.topic || '—'}</Fact>
              <Fact label={t('hoaxes.fields.region')}>{hoax.region ? regionLabel(hoax.region) : '—'}</Fact>
              <Fact label={t('hoaxes.fields.crisis')}>
                {hoax.crisis ? (
                  <Anchor component={Link} to={`/crises/${hoax.crisis.id}`} size="sm">
                    {hoax.crisis.title}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label={t('hoaxes.fields.platforms')}>
                <Stack gap={2}>
                  {hoax.sightings.length === 0 && '—'}
                  {hoax.sightings.map((sighting, index) => (
                    <span key={index}>
                      {t(`hoaxes.platform.${sighting.platform}`)}
                      {sighting.url && (
                        <>
                          {' — '}
                          <Anchor
                            href={sighting.url}
                            target="_blank"
                            rel="noopener noreferrer"
                            size="sm"
                            style={{ wordBreak: 'break-all' }}
                          >
                            {sighting.url}
                          </Anchor>
                        </>
                      )}
                    </span>
                  ))}
                </Stack>
              </Fact>
              <Fact label={t('hoaxes.detail.registered')}>
                {t('hoaxes.detail.registeredBy', { name: hoax.createdBy, time: format(hoax.createdAt) })}
              </Fact>
              {hoax.merged.length > 0 && (
                <Fact label={t('hoaxes.detail.merged')}>
                  <Stack gap={2}>
                    {hoax.merged.map((item) => (
                      <Anchor key={item.id} component={Link} to={`/hoaxes/${item.id}`} size="sm" lineClamp={1}>
                        {item.claim}
                      </Anchor>
                    ))}
                  </Stack>
                </Fact>
              )}
            </Stack>
          </Paper>
          <ScreenshotsPanel hoax={hoax} />
          <HistoryPanel hoax={hoax} />
        </Stack>
        <Stack>
          <ClarificationPanel hoax={hoax} />
          <VerdictPanel hoax={hoax} />
          <EvidencePanel hoax={hoax} />
        </Stack>
      </SimpleGrid>
      {closing && <CloseHoaxModal hoax={hoax} onClose={() => setClosing(false)} />}
      {merging && <MergeHoaxModal hoax={hoax} onClose={() => setMerging(false)} />}
      <Text size="xs" c="dimmed">
        {t('hoaxes.detail.updated', { time: format(hoax.updatedAt) })}
      </Text>
    </Stack>
  );
}
