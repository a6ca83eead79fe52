import { useTranslation } from 'react-i18next';
import { TypedWhenField, type WhenFieldProps } from './TypedWhenField';
import { formatWallText, parseWallText } from './typedWhen';

/**
 * A day and a time, typed as the desk writes them ("04/12/2026 10.00") or picked from the calendar
 * (the time kept, 09.00 for a new one). `value` and `onChange` speak the wall time
 * "YYYY-MM-DDTHH:MM" ('' for none); the zone is the caller's.
 */
export function WallTimeField(props: WhenFieldProps) {
  const { t } = useTranslation();
  return (
    <TypedWhenField
      {...props}
      parse={parseWallText}
      format={formatWallText}
      pickDay={(day, value) => `${day}T${value ? value.slice(11, 16) : '09:00'}`}
      placeholder={t('when.wallPlaceholder')}
      unreadable={t('when.wallUnreadable')}
    />
  );
}
