import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../shared/ipc/conferences';
import { formatInstant } from '../../../../shared/time/formatInstant';
import { clock } from './calendarDays';

/** "1 Desember 2026, 10.00–11.00 WITA", in the event's own zone. */
export function useEventTime(): (conference: Pick<Conference, 'startsAt' | 'endsAt' | 'zone'>) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return ({ startsAt, endsAt, zone }) => {
    const start = formatInstant(startsAt, zone, language);
    const end = clock(endsAt, zone, language);
    return `${start.slice(0, start.lastIndexOf(' '))}–${end}`;
  };
}
