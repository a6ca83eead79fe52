import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarButton } from './CalendarButton';
import { formatDayText, parseDayText } from './typedWhen';

/** A calendar day typed day first ("04/12/2026") or picked; `value`/`onChange` speak "YYYY-MM-DD" ('' for none). */
export function DayField({
  label,
  value,
  onChange,
  error,
  disabled,
  required,
  description,
}: {
  label: string;
  value: string;
  onChange: (day: string) => void;
  error?: ReactNode;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value ? formatDayText(value) : '');
  const [shown, setShown] = useState(value);
  const [unreadable, setUnreadable] = useState(false);
  if (value !== shown) {
    setShown(value);
    if (value !== (parseDayText(typed) ?? '')) setTyped(value ? formatDayText(value) : '');
  }
  const take = (text: string) => {
    setTyped(text);
    const day = text.trim() ? parseDayText(text) : '';
    if (day !== null) {
      setUnreadable(false);
      setShown(day);
      onChange(day);
    }
  };
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      disabled={disabled}
      value={typed}
      placeholder={t('when.dayPlaceholder')}
      onChange={(event) => take(event.currentTarget.value)}
      onBlur={() => {
        const day = parseDayText(typed);
        if (day) setTyped(formatDayText(day));
        else setUnreadable(typed.trim() !== '');
      }}
      error={unreadable ? t('when.dayUnreadable') : error}
      rightSection={
        <CalendarButton
          label={label}
          disabled={disabled}
          day={value || null}
          onPick={(day) => take(formatDayText(day))}
        />
      }
    />
  );
}
