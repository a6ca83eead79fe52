import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarButton } from './CalendarButton';

export interface WhenFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  description?: ReactNode;
}

/**
 * A date (or date and time) typed as the desk writes it, with a calendar beside: what `DayField`
 * and `WallTimeField` share. The text is what the person typed; `value` changes only when it reads
 * as a real date ('' when emptied). A value set from outside, or another interface language,
 * replaces what was typed; leaving an unreadable text says how to write it.
 */
export function TypedWhenField({
  label,
  value,
  onChange,
  error,
  disabled,
  required,
  description,
  parse,
  format,
  pickDay,
  placeholder,
  unreadable: unreadableText,
}: WhenFieldProps & {
  parse: (text: string) => string | null;
  format: (value: string, language: string) => string;
  /** The value after a day is picked in the calendar (a time keeps its time of day). */
  pickDay: (day: string, value: string) => string;
  placeholder: string;
  unreadable: string;
}) {
  const { i18n } = useTranslation();
  const [typed, setTyped] = useState(value ? format(value, i18n.language) : '');
  const [shown, setShown] = useState({ value, language: i18n.language });
  const [unreadable, setUnreadable] = useState(false);
  if (value !== shown.value || i18n.language !== shown.language) {
    setShown({ value, language: i18n.language });
    if (value !== (parse(typed) ?? '') || i18n.language !== shown.language) {
      setTyped(value ? format(value, i18n.language) : '');
    }
  }
  const take = (text: string) => {
    setTyped(text);
    const read = text.trim() ? parse(text) : '';
    if (read !== null) {
      setUnreadable(false);
      setShown({ value: read, language: i18n.language });
      onChange(read);
    }
  };
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      disabled={disabled}
      value={typed}
      placeholder={placeholder}
      onChange={(event) => take(event.currentTarget.value)}
      onBlur={() => {
        const read = parse(typed);
        if (read) setTyped(format(read, i18n.language));
        else setUnreadable(typed.trim() !== '');
      }}
      error={unreadable ? unreadableText : error}
      rightSection={
        <CalendarButton
          label={label}
          disabled={disabled}
          day={value ? value.slice(0, 10) : null}
          onPick={(day) => take(format(pickDay(day, value), i18n.language))}
        />
      }
    />
  );
}
