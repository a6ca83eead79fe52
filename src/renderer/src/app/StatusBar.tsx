import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';

/** The footer line: which data file (or office server) is open and at which schema version. */
export function StatusBar({ info }: { info: AppInfo | undefined }) {
  const { t } = useTranslation();
  return (
    <Group component="section" aria-label={t('statusBar.label')} gap="lg" px="md" h="100%" wrap="nowrap">
      <Text size="xs" c="dimmed" truncate="start" style={{ flex: 1, minWidth: 0 }}>
        {info?.store === 'server' ? t('statusBar.officeServer') : t('statusBar.dataFile')}:{' '}
        <span data-testid="status-data-file">{info?.databaseFile ?? '…'}</span>
      </Text>
      <Text size="xs" c="dimmed">
        {t('statusBar.schema')}: <span data-testid="status-schema">{info?.schemaVersion ?? '…'}</span>
      </Text>
      {info?.store !== 'server' && (
        <Text size="xs" c="dimmed">
          {t('statusBar.journal')}: {info?.journalMode.toUpperCase() ?? '…'}
        </Text>
      )}
    </Group>
  );
}
