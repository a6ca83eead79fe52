import { useTranslation } from 'react-i18next';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import type { Language } from '../../../shared/ipc/preferences';
import { formatInstant } from '../../../shared/time/formatInstant';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import { useChannelQuery } from '../api/channelQueries';
import { useMe } from './useSession';

export function useOfficeZone(): OfficeTimeZone {
  const me = useMe();
  const office = useChannelQuery('office.get', {}, { enabled: me.isSuccess });
  return office.data?.timeZone ?? 'Asia/Jakarta';
}

/** Formats instants in the office's zone (WIB/WITA/WIT) and the interface language. */
export function useFormatInstant(): (iso: string) => string {
  const { i18n } = useTranslation();
  const zone = useOfficeZone();
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  return (iso) => formatInstant(iso, zone, language);
}

/** Today's date (`YYYY-MM-DD`) where the office is: a form's default "collected on" day. */
export function useOfficeToday(): string {
  return instantToWallTime(new Date().toISOString(), useOfficeZone()).slice(0, 10);
}
