import { useTranslation } from 'react-i18next';
import { TypedWhenField, type WhenFieldProps } from './TypedWhenField';
import { formatDayText, parseDayText } from './typedWhen';

/** A calendar day typed day first ("04/12/2026") or picked; `value`/`onChange` speak "YYYY-MM-DD" ('' for none). */
export function DayField(props: WhenFieldProps) {
  const { t } = useTranslation();
  return (
    <TypedWhenField
      {...props}
      parse={parseDayText}
      format={formatDayText}
      pickDay={(day) => day}
      placeholder={t('when.dayPlaceholder')}
      unreadable={t('when.dayUnreadable')}
    />
  );
}
