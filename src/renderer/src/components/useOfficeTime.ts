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

/** A calendar day ("2026-12-06") as the reader writes it: "6 Desember 2026" / "6 December 2026". */
export function useFormatDay(): (day: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  return (day) => {
    const [year, month, date] = day.split('-').map(Number);
    if (!year || !month || !date) return day;
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, date)),
    );
  };
}

/** A count or a figure with the interface language's separators: "4.500" / "4,500". */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}
