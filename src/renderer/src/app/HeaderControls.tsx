import { ActionIcon, Group, SegmentedControl, useComputedColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languages, type Language, type PreferencesPatch } from '../../../shared/ipc/preferences';

export interface HeaderControlsProps {
  language: Language;
  onChange: (patch: PreferencesPatch) => void;
}

/** Language switch and light/dark toggle; both save to the core's preferences. */
export function HeaderControls({ language, onChange }: HeaderControlsProps) {
  const { t } = useTranslation();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Group gap="sm" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('header.language')}
        value={language}
        onChange={(value) => onChange({ language: value as Language })}
        data={languages.map((code) => ({
          value: code,
          // Short on screen, the full language name for screen readers and tests.
          label: <span aria-label={t(`language.${code}`)}>{code.toUpperCase()}</span>,
        }))}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={next === 'dark' ? t('header.toDark') : t('header.toLight')}
        onClick={() => onChange({ colorScheme: next })}
      >
        {next === 'dark' ? <IconMoon size={18} /> : <IconSun size={18} />}
      </ActionIcon>
    </Group>
  );
}
