import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconDoorEnter, IconMailForward, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Conference } from '../../../../shared/ipc/conferences';
import { rolesAllow } from '../../../../shared/permissions';
import { notifyFailure } from '../../components/notifyFailure';
import { Fact } from '../../components/Fact';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { ConferenceStatusMenu } from './ConferenceStatusMenu';
import { ConferenceWarnings } from './ConferenceWarnings';
import { DocumentsPanel } from './DocumentsPanel';
import { InviteesPanel } from './InviteesPanel';
import { InviteModal } from './InviteModal';
import { QuestionsPanel } from './QuestionsPanel';
import { statusColors } from './conferenceLabels';
import { useConference } from './useConferences';
import { useEventTime } from './useEventTime';
import { useNotifyInvitees } from './useConferenceActions';

export function ConferenceDetailPage() {
  const { id = '' } = useParams();
  const query = useConference(id);
  return <QueryState query={query}>{(conference) => <ConferenceDetail conference={conference} />}</QueryState>;
}

function ConferenceDetail({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const eventTime = useEventTime();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const mayPlan = rolesAllow(roles, 'conferences.manage');
  const mayViewPeople = rolesAllow(roles, 'contacts.view');
  const [inviting, setInviting] = useState(false);
  const notify = useNotifyInvitees();
  const [notifyRequest, setNotifyRequest] = useState(() => crypto.randomUUID());
  const open = conference.status !== 'cancelled' && conference.status !== 'done';
  const behind =
    conference.notifiedSequence !== null &&
    conference.notifiedSequence < conference.sequence &&
    conference.invitedCount > 0;
  const place = [conference.venueName, conference.venueAddress].filter(Boolean).join(', ');

  const sendUpdate = () =>
    notify.mutate(
      { conferenceId: conference.id, requestId: notifyRequest },
      {
        onSuccess: (result) => {
          notifications.show({
            message: t('conferences.invite.updateSent', { count: result.recipients }),
            color: 'teal',
          });
          setNotifyRequest(crypto.randomUUID());
        },
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to="/conferences" size="sm">
            {t('conferences.back')}
          </Anchor>
          <Title order={2}>{conference.title}</Title>
          <Group gap="xs">
            <Badge color={statusColors[conference.status]}>{t(`conferences.status.${conference.status}`)}</Badge>
            <Text size="sm">{t(`conferences.kind.${conference.kind}`)}</Text>
            <Text size="sm" fw={600}>
              {eventTime(conference)}
            </Text>
          </Group>
        </div>
        <Group>
          {mayViewPeople && open && (
            <Button
              variant="light"
              leftSection={<IconDoorEnter size={16} />}
              component={Link}
              to={`/conferences/${conference.id}/checkin`}
            >
              {t('conferences.checkIn.open')}
            </Button>
          )}
          {mayPlan && open && (
            <Button variant="light" leftSection={<IconMailForward size={16} />} onClick={() => setInviting(true)}>
              {t('conferences.invite.open')}
            </Button>
          )}
          {mayPlan && open && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              component={Link}
              to={`/conferences/${conference.id}/edit`}
            >
              {t('conferences.edit')}
            </Button>
          )}
          {mayPlan && <ConferenceStatusMenu conference={conference} />}
        </Group>
      </Group>
      {behind && mayPlan && (
        <Alert color="orange" title={t('conferences.invite.behindTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {conference.status === 'cancelled'
                ? t('conferences.invite.behindCancel', { count: conference.invitedCount })
                : t('conferences.invite.behindChange', { count: conference.invitedCount })}
            </Text>
            <Button size="xs" loading={notify.isPending} onClick={sendUpdate}>
              {conference.status === 'cancelled'
                ? t('conferences.invite.sendCancel')
                : t('conferences.invite.sendUpdate')}
            </Button>
          </Stack>
        </Alert>
      )}
      {open && <ConferenceWarnings warnings={conference.warnings} />}
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('conferences.tabs.overview')}</Tabs.Tab>
          {mayViewPeople && (
            <Tabs.Tab value="invitees">
              {t('conferences.tabs.invitees')} ({conference.invitedCount})
            </Tabs.Tab>
          )}
          {mayViewPeople && <Tabs.Tab value="questions">{t('conferences.tabs.questions')}</Tabs.Tab>}
          {mayViewPeople && <Tabs.Tab value="documents">{t('conferences.tabs.documents')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Fact label={t('conferences.fields.time')}>
                  <Group gap={6}>
                    <IconCalendarEvent size={16} />
                    {eventTime(conference)}
                  </Group>
                </Fact>
                <Fact label={t('conferences.fields.venueMode')}>
                  {t(`conferences.venueMode.${conference.venueMode}`)}
                </Fact>
                {place && <Fact label={t('conferences.fields.venueName')}>{place}</Fact>}
                {conference.onlineLink && (
                  <Fact label={t('conferences.fields.onlineLink')}>
                    <Anchor href={conference.onlineLink} target="_blank" rel="noopener noreferrer">
                      {conference.onlineLink}
                    </Anchor>
                  </Fact>
                )}
                <Fact label={t('conferences.fields.spokespersons')}>
                  {[
                    ...conference.spokespersons.map((person) => person.fullName),
                    ...conference.guestSpeakers.map((guest) =>
                      guest.role ? `${guest.name} (${guest.role})` : guest.name,
                    ),
                  ].join(', ') || '—'}
                </Fact>
                <Fact label={t('conferences.fields.moderator')}>{conference.moderator?.fullName ?? '—'}</Fact>
                {conference.notes && <Fact label={t('conferences.fields.notes')}>{conference.notes}</Fact>}
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Text fw={600} size="sm">
                {t('conferences.fields.agenda')}
              </Text>
              {conference.agenda.length === 0 ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : (
                <List type="ordered" size="sm">
                  {conference.agenda.map((item, index) => (
                    <List.Item key={index}>
                      {item.title}
                      {item.speaker && ` (${item.speaker})`}
                      {item.minutes > 0 && ` — ${t('conferences.minutes', { count: item.minutes })}`}
                    </List.Item>
                  ))}
                </List>
              )}
              <Text fw={600} size="sm" mt="md">
                {t('conferences.fields.statements')}
              </Text>
              {conference.statements.length === 0 ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : (
                <List size="sm">
                  {conference.statements.map((statement) => (
                    <List.Item key={statement.id}>
                      <Anchor component={Link} to={`/statements/${statement.id}`} size="sm">
                        {[statement.number, statement.title].filter(Boolean).join(' · ')}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        ({t(`statements.status.${statement.status}`)})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
              <Briefing conference={conference} />
            </Paper>
          </SimpleGrid>
          {conference.reschedules.length > 0 && (
            <Paper withBorder p="md" mt="md">
              <Text fw={600} size="sm">
                {t('conferences.reschedules')}
              </Text>
              <List size="sm">
                {conference.reschedules.map((change, index) => (
                  <List.Item key={index}>
                    {t('conferences.rescheduled', {
                      from: eventTime({
                        startsAt: change.fromStartsAt,
                        endsAt: change.fromEndsAt,
                        zone: change.fromZone as Conference['zone'],
                      }),
                      by: change.by,
                      at: format(change.at),
                    })}
                    {change.reason && ` — ${change.reason}`}
                  </List.Item>
                ))}
              </List>
            </Paper>
          )}
        </Tabs.Panel>
        {mayViewPeople && (
          <Tabs.Panel value="invitees" pt="md">
            <InviteesPanel conference={conference} mayEdit={mayPlan} />
          </Tabs.Panel>
        )}
        {mayViewPeople && (
          <Tabs.Panel value="questions" pt="md">
            <QuestionsPanel conference={conference} mayEdit={mayPlan} />
          </Tabs.Panel>
        )}
        {mayViewPeople && (
          <Tabs.Panel value="documents" pt="md">
            <DocumentsPanel conference={conference} />
          </Tabs.Panel>
        )}
      </Tabs>
      {inviting && <InviteModal conference={conference} onClose={() => setInviting(false)} />}
    </Stack>
  );
}

/** What the spokesperson takes in: key messages, talking points and the anticipated questions. */
function Briefing({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  return (
    <>
      {[
        ['keyMessages', conference.keyMessages],
        ['talkingPoints', conference.talkingPoints],
      ].map(
        ([field, text]) =>
          text && (
            <div key={field}>
              <Text fw={600} size="sm" mt="md">
                {t(`conferences.fields.${field}`)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {text}
              </Text>
            </div>
          ),
      )}
      {conference.qa.length > 0 && (
        <>
          <Text fw={600} size="sm" mt="md">
            {t('conferences.fields.qa')}
          </Text>
          <List size="sm" type="ordered">
            {conference.qa.map((item) => (
              <List.Item key={item.id}>
                <Text size="sm" fw={500}>
                  {item.question}
                </Text>
                <Text size="xs" c="dimmed">
                  {item.answer}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </>
  );
}
