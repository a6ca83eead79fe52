import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Conference } from '../../../../shared/ipc/conferences';
import { rolesAllow } from '../../../../shared/permissions';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { clock } from './calendarDays';
import { useEventTime } from './useEventTime';
import { AccreditationBadge } from './InviteesPanel';
import { useConference, useInvitees } from './useConferences';
import { WalkInModal } from './WalkInModal';
import { useCheckIn } from './useConferenceActions';

export function CheckInPage() {
  const { id = '' } = useParams();
  const query = useConference(id);
  return <QueryState query={query}>{(conference) => <CheckIn conference={conference} />}</QueryState>;
}

/** Folds case and diacritics, so "wendra" finds "Wéndra" at a busy door. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The door on the day, for a laptop or a tablet: search, tick, large targets; walk-ins added on
 * the spot. Expected people (RSVP yes or maybe) first.
 */
function CheckIn({ conference }: { conference: Conference }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const eventTime = useEventTime();
  const invitees = useInvitees(conference.id);
  const checkIn = useCheckIn();
  const me = useMe();
  const mayAddContacts = rolesAllow(me.data?.roles ?? [], 'contacts.manage');
  const [search, setSearch] = useState('');
  const [walkIn, setWalkIn] = useState(false);
  const shown = useMemo(() => {
    const wanted = fold(search.trim());
    const rank = (rsvp: string) => (rsvp === 'yes' ? 0 : rsvp === 'maybe' ? 1 : rsvp === 'none' ? 2 : 3);
    return (invitees.data ?? [])
      .filter((person) => person.name !== null)
      .filter(
        (person) => !wanted || fold(`${person.name} ${person.outlet ?? ''} ${person.address ?? ''}`).includes(wanted),
      )
      .sort((a, b) => rank(a.rsvp) - rank(b.rsvp) || (a.name ?? '').localeCompare(b.name ?? ''));
  }, [invitees.data, search]);
  const present = (invitees.data ?? []).filter((person) => person.checkedInAt !== null).length;

  return (
    <Stack>
      <div>
        <Anchor component={Link} to={`/conferences/${conference.id}`} size="sm">
          {t('conferences.checkIn.back')}
        </Anchor>
        <Title order={2}>{t('conferences.checkIn.title')}</Title>
        <Text>
          {conference.title} · {eventTime(conference)}
        </Text>
      </div>
      <Group justify="space-between" align="flex-end">
        <TextInput
          size="lg"
          style={{ flex: 1 }}
          leftSection={<IconSearch size={20} />}
          label={t('conferences.checkIn.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          autoFocus
        />
        {mayAddContacts && (
          <Button size="lg" leftSection={<IconUserPlus size={20} />} onClick={() => setWalkIn(true)}>
            {t('conferences.walkIn.open')}
          </Button>
        )}
      </Group>
      <Text fw={600} aria-live="polite" data-testid="present-count">
        {t('conferences.checkIn.count', { present, total: invitees.data?.length ?? 0 })}
      </Text>
      <QueryState query={invitees}>
        {() =>
          shown.length === 0 ? (
            <Text c="dimmed">{t('conferences.checkIn.nobody')}</Text>
          ) : (
            <Stack gap="xs">
              {shown.map((person) => {
                const here = person.checkedInAt !== null;
                return (
                  <Paper key={person.id} withBorder p="sm" bg={here ? 'var(--mantine-color-teal-light)' : undefined}>
                    <Group justify="space-between" wrap="nowrap">
                      <div>
                        <Text size="lg" fw={600}>
                          {person.name}
                        </Text>
                        <Group gap="xs">
                          <Text size="sm" c="dimmed">
                            {person.outlet ?? ''}
                          </Text>
                          {/* Their answer matters until they are here; "no answer" for someone at the door says nothing. */}
                          {!(here && person.rsvp === 'none') && (
                            <Badge size="sm" variant="light">
                              {t(`conferences.rsvp.${person.rsvp}`)}
                            </Badge>
                          )}
                          {person.walkIn && (
                            <Badge size="sm" variant="outline">
                              {t('conferences.walkIn.badge')}
                            </Badge>
                          )}
                          <AccreditationBadge invitee={person} />
                        </Group>
                      </div>
                      <Button
                        size="lg"
                        miw={170}
                        color={here ? 'teal' : 'blue'}
                        variant={here ? 'filled' : 'light'}
                        leftSection={here ? <IconCheck size={20} /> : undefined}
                        aria-pressed={here}
                        aria-label={t('conferences.checkIn.tick', { name: person.name })}
                        onClick={() =>
                          checkIn.mutate(
                            { id: person.id, present: !here },
                            { onError: (error) => notifyFailure(t, error) },
                          )
                        }
                      >
                        {here
                          ? clock(person.checkedInAt!, conference.zone, language)
                          : t('conferences.checkIn.present')}
                      </Button>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )
        }
      </QueryState>
      {walkIn && <WalkInModal conference={conference} onClose={() => setWalkIn(false)} />}
    </Stack>
  );
}
