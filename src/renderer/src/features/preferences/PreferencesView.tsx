import { Paper, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { colorSchemes, languages, type Preferences, type PreferencesPatch } from '../../../../shared/ipc/preferences';
import { PageHeader } from '../../components/PageHeader';

export interface PreferencesViewProps {
  preferences: Preferences;
  onChange: (patch: PreferencesPatch) => void;
  disabled?: boolean;
}

export function PreferencesView({ preferences, onChange, disabled = false }: PreferencesViewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <PageHeader title={t('preferences.title')} description={t('preferences.description')} />
      <Paper withBorder p="md">
        <Stack gap="lg">
          <Radio.Group
            label={t('preferences.language')}
            value={preferences.language}
            onChange={(value) => onChange({ language: value as Preferences['language'] })}
          >
            <Stack gap="xs" mt="xs">
              {languages.map((language) => (
                <Radio key={language} value={language} label={t(`language.${language}`)} disabled={disabled} />
              ))}
            </Stack>
          </Radio.Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="color-scheme-label">
              {t('preferences.colorScheme')}
            </Text>
            <SegmentedControl
              aria-labelledby="color-scheme-label"
              value={preferences.colorScheme}
              disabled={disabled}
              onChange={(value) => onChange({ colorScheme: value as Preferences['colorScheme'] })}
              data={colorSchemes.map((scheme) => ({ value: scheme, label: t(`colorScheme.${scheme}`) }))}
            />
          </Stack>
        </Stack>
      </Paper>
    </Stack>
  );
}
