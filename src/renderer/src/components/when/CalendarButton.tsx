import { ActionIcon, Popover } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A month calendar beside a typed date (Monday first, month names in the interface language). */
export function CalendarButton({
  label,
  day,
  onPick,
  disabled,
}: {
  label: string;
  /** The day shown picked, "YYYY-MM-DD". */
  day: string | null;
  onPick: (day: string) => void;
  disabled?: boolean | undefined;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={disabled}
          aria-label={t('when.calendar', { label })}
          onClick={() => setOpened((open) => !open)}
        >
          <IconCalendar size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={day}
          defaultDate={day ?? undefined}
          firstDayOfWeek={1}
          onChange={(picked) => {
            if (picked) onPick(picked);
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
