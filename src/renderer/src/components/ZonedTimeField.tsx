import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeTimeZones, type OfficeTimeZone } from '../../../shared/ipc/office';
import { zoneAbbreviations } from '../../../shared/time/formatInstant';
import { instantToWallTime, wallTimeToInstant, type ZonedInstant } from '../../../shared/time/zonedInstant';

/** A wall time plus its zone (WIB/WITA/WIT); empty means none. */
export function ZonedTimeField({
  label,
  value,
  defaultZone,
  onChange,
  disabled,
}: {
  label: string;
  value: ZonedInstant | null;
  defaultZone: OfficeTimeZone;
  onChange: (value: ZonedInstant | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const zone = value?.zone ?? defaultZone;
  const [typed, setTyped] = useState(value ? instantToWallTime(value.at, value.zone) : '');
  const emit = (wall: string, nextZone: OfficeTimeZone) => {
    const at = wall ? wallTimeToInstant(wall, nextZone) : null;
    onChange(at ? { at, zone: nextZone } : null);
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        type="datetime-local"
        value={typed}
        disabled={disabled}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          emit(event.currentTarget.value, zone);
        }}
        style={{ flex: 1 }}
      />
      <Select
        aria-label={`${label}: ${t('statements.fields.zone')}`}
        data={officeTimeZones.map((value) => ({ value, label: zoneAbbreviations[value] ?? value }))}
        value={zone}
        disabled={disabled}
        onChange={(next) => next && emit(typed, next as OfficeTimeZone)}
        allowDeselect={false}
        w={90}
      />
    </Group>
  );
}
