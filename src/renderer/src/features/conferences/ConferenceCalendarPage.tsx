import { Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConferenceSummary } from '../../../../shared/ipc/conferences';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { rolesAllow } from '../../../../shared/permissions';
import { useChannelQuery } from '../../api/channelQueries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useOfficeToday } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { addDays, addMonths, clock, dayIn, monthGrid, rangeOf, weekOf } from './calendarDays';
import { statusColors } from './conferenceLabels';
import { useConferenceRange } from './useConferences';

type View = 'month' | 'week' | 'agenda';
const agendaDays = 60;

/** One event as a line: its own time and zone, and the office's when they differ. */
function EventLine({ event, officeZone }: { event: ConferenceSummary; officeZone: OfficeTimeZone }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const own = clock(event.startsAt, event.zone, language);
  return (
    <UnstyledButton
      component={Link}
      to={`/conferences/${event.id}`}
      aria-label={`${own} ${event.title}`}
      style={{ display: 'block', width: '100%' }}
    >
      <Paper
        withBorder
        p={4}
        radius="sm"
        style={{ borderLeft: `4px solid var(--mantine-color-${statusColors[event.status]}-6)` }}
      >
        <Text size="xs" fw={600} td={event.status === 'cancelled' ? 'line-through' : undefined} lineClamp={2}>
          {own} · {event.title}
        </Text>
        {event.zone !== officeZone && (
          <Text size="xs" c="dimmed">
            {t('conferences.calendar.officeTime', { time: clock(event.startsAt, officeZone, language) })}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}

function byDay(events: ConferenceSummary[], zone: OfficeTimeZone): Map<string, ConferenceSummary[]> {
  const days = new Map<string, ConferenceSummary[]>();
  for (const event of events) {
    const day = dayIn(event.startsAt, zone);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return days;
}

/** The conference calendar: month, week or agenda, days in the office zone, each event in its own. */
export function ConferenceCalendarPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const today = useOfficeToday();
  const office = useChannelQuery('office.get', {});
  const zone: OfficeTimeZone = office.data?.timeZone ?? 'Asia/Jakarta';
  const me = useMe();
  const mayPlan = rolesAllow(me.data?.roles ?? [], 'conferences.manage');
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(today);
  const days = useMemo(
    () =>
      view === 'month'
        ? monthGrid(anchor)
        : view === 'week'
          ? weekOf(anchor)
          : Array.from({ length: agendaDays }, (_, index) => addDays(anchor, index)),
    [view, anchor],
  );
  const query = useConferenceRange(rangeOf(days, zone));
  const move = (direction: 1 | -1) =>
    setAnchor(
      view === 'month' ? addMonths(anchor, direction) : addDays(anchor, direction * (view === 'week' ? 7 : agendaDays)),
    );
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${anchor.slice(0, 7)}-15T00:00:00Z`),
  );
  const dayName = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const period =
    view === 'month'
      ? monthName
      : `${dayName(days[0]!, { day: 'numeric', month: 'short' })} – ${dayName(days[days.length - 1]!, { day: 'numeric', month: 'short', year: 'numeric' })}`;

  return (
    <Stack>
      <PageHeader
        title={t('conferences.title')}
        description={t('conferences.description')}
        actions={
          <Group>
            <Button variant="default" component={Link} to="/conferences/qa">
              {t('conferences.qa.title')}
            </Button>
            {mayPlan && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => void navigate('/conferences/new')}>
                {t('conferences.new')}
              </Button>
            )}
          </Group>
        }
      />
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="default" aria-label={t('conferences.calendar.previous')} onClick={() => move(-1)}>
            <IconChevronLeft size={16} />
          </Button>
          <Button variant="default" onClick={() => setAnchor(today)}>
            {t('conferences.calendar.today')}
          </Button>
          <Button variant="default" aria-label={t('conferences.calendar.next')} onClick={() => move(1)}>
            <IconChevronRight size={16} />
          </Button>
          <Text fw={600} aria-live="polite">
            {period}
          </Text>
        </Group>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('conferences.calendar.daysIn', { zone: t(`zone.${zone}`) })}
          </Text>
          <SegmentedControl
            aria-label={t('conferences.calendar.view')}
            value={view}
            onChange={(value) => setView(value as View)}
            data={(['month', 'week', 'agenda'] as const).map((value) => ({
              value,
              label: t(`conferences.calendar.${value}`),
            }))}
          />
        </Group>
      </Group>
      <QueryState query={query}>
        {(events) => {
          const grouped = byDay(events, zone);
          if (view === 'agenda') {
            const withEvents = days.filter((day) => grouped.has(day));
            if (withEvents.length === 0) return <Text c="dimmed">{t('conferences.calendar.empty')}</Text>;
            return (
              <Stack gap="sm" aria-label={t('conferences.calendar.agenda')}>
                {withEvents.map((day) => (
                  <Group key={day} align="flex-start" wrap="nowrap">
                    <Text w={160} fw={600} size="sm">
                      {dayName(day, { weekday: 'long', day: 'numeric', month: 'long' })}
                    </Text>
                    <Stack gap={4} style={{ flex: 1 }}>
                      {grouped.get(day)!.map((event) => (
                        <Group key={event.id} gap="xs" wrap="nowrap">
                          <div style={{ flex: 1 }}>
                            <EventLine event={event} officeZone={zone} />
                          </div>
                          <Badge color={statusColors[event.status]} variant="light">
                            {t(`conferences.status.${event.status}`)}
                          </Badge>
                        </Group>
                      ))}
                    </Stack>
                  </Group>
                ))}
              </Stack>
            );
          }
          return (
            <SimpleGrid cols={7} spacing={4} verticalSpacing={4} role="grid" aria-label={period}>
              {days.slice(0, 7).map((day) => (
                <Text key={`head-${day}`} size="xs" fw={700} ta="center" c="dimmed">
                  {dayName(day, { weekday: 'short' })}
                </Text>
              ))}
              {days.map((day) => {
                const outside = view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7);
                return (
                  <Paper
                    key={day}
                    withBorder
                    p={4}
                    mih={view === 'week' ? 320 : 96}
                    bg={day === today ? 'var(--mantine-color-blue-light)' : undefined}
                    style={{ opacity: outside ? 0.55 : 1 }}
                    role="gridcell"
                    aria-label={dayName(day, { weekday: 'long', day: 'numeric', month: 'long' })}
                  >
                    <Text size="xs" fw={day === today ? 700 : 400}>
                      {Number(day.slice(8, 10))}
                    </Text>
                    <Stack gap={2}>
                      {(grouped.get(day) ?? []).map((event) => (
                        <EventLine key={event.id} event={event} officeZone={zone} />
                      ))}
                    </Stack>
                  </Paper>
                );
              })}
            </SimpleGrid>
          );
        }}
      </QueryState>
    </Stack>
  );
}
