import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/preferences';
import { formatInstant } from '../../../../shared/time/formatInstant';
import { useChannelQuery } from '../../api/channelQueries';
import { useMe } from '../session/useSession';

/** Formats instants in the office's zone (WIB/WITA/WIT) and the interface language. */
export function useFormatInstant(): (iso: string) => string {
  const { i18n } = useTranslation();
  const me = useMe();
  const office = useChannelQuery('office.get', {}, { enabled: me.isSuccess });
  const zone = office.data?.timeZone ?? 'Asia/Jakarta';
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  return (iso) => formatInstant(iso, zone, language);
}
