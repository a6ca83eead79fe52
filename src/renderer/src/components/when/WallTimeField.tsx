import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarButton } from './CalendarButton';
import { formatWallText, parseWallText } from './typedWhen';

/**
 * A day and a time, typed as the desk writes them ("04/12/2026 10.00") or picked from the calendar
 * (the time kept, 09.00 for a new one). `value` and `onChange` speak the wall time
 * "YYYY-MM-DDTHH:MM" ('' for none); the zone is the caller's.
 */
export function WallTimeField({
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
  onChange: (wall: string) => void;
  error?: ReactNode;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  description?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState(value ? formatWallText(value, i18n.language) : '');
  const [shown, setShown] = useState({ value, language: i18n.language });
  const [unreadable, setUnreadable] = useState(false);
  // A value set from outside (a start that moved the end), or another interface language,
  // replaces what was typed.
  if (value !== shown.value || i18n.language !== shown.language) {
    setShown({ value, language: i18n.language });
    if (value !== (parseWallText(typed) ?? '') || i18n.language !== shown.language) {
      setTyped(value ? formatWallText(value, i18n.language) : '');
    }
  }
  const take = (text: string) => {
    setTyped(text);
    const wall = text.trim() ? parseWallText(text) : '';
    if (wall !== null) {
      setUnreadable(false);
      setShown({ value: wall, language: i18n.language });
      onChange(wall);
    }
  };
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      disabled={disabled}
      value={typed}
      placeholder={t('when.wallPlaceholder')}
      onChange={(event) => take(event.currentTarget.value)}
      onBlur={() => {
        const wall = parseWallText(typed);
        if (wall) setTyped(formatWallText(wall, i18n.language));
        else setUnreadable(typed.trim() !== '');
      }}
      error={unreadable ? t('when.wallUnreadable') : error}
      rightSection={
        <CalendarButton
          label={label}
          disabled={disabled}
          day={value ? value.slice(0, 10) : null}
          onPick={(day) => take(formatWallText(`${day}T${value ? value.slice(11, 16) : '09:00'}`, i18n.language))}
        />
      }
    />
  );
}
