import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeTimeZones, type OfficeTimeZone } from '../../../shared/ipc/office';
import { zoneAbbreviations } from '../../../shared/time/formatInstant';
import { instantToWallTime, wallTimeToInstant, type ZonedInstant } from '../../../shared/time/zonedInstant';
import { WallTimeField } from './when/WallTimeField';
import { useState } from 'react';

/** A wall time typed day first in 24 hours, plus its zone (WIB/WITA/WIT); empty means none. */
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
  const [wall, setWall] = useState(value ? instantToWallTime(value.at, value.zone) : '');
  const emit = (nextWall: string, nextZone: OfficeTimeZone) => {
    setWall(nextWall);
    const at = nextWall ? wallTimeToInstant(nextWall, nextZone) : null;
    onChange(at ? { at, zone: nextZone } : null);
  };
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <div style={{ flex: 1 }}>
        <WallTimeField label={label} value={wall} disabled={disabled} onChange={(next) => emit(next, zone)} />
      </div>
      <Select
        aria-label={`${label}: ${t('statements.fields.zone')}`}
        data={officeTimeZones.map((value) => ({ value, label: zoneAbbreviations[value] ?? value }))}
        value={zone}
        disabled={disabled}
        onChange={(next) => next && emit(wall, next as OfficeTimeZone)}
        allowDeselect={false}
        w={90}
        mt={25}
      />
    </Group>
  );
}
