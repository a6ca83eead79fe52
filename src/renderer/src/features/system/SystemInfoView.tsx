import { Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/ipc/appInfo';

export interface SystemInfoViewProps {
  info: AppInfo;
  onRefresh: () => void;
}

/** Facts about the running app and its store, as the core reports them. */
export function SystemInfoView({ info, onRefresh }: SystemInfoViewProps) {
  const { t } = useTranslation();
  const schema =
    info.schemaVersion === info.latestSchemaVersion
      ? `${info.schemaVersion} (${t('system.schemaUpToDate')})`
      : `${info.schemaVersion} / ${info.latestSchemaVersion}`;
  const rows: [string, string, string][] = [
    ['appVersion', t('system.appVersion'), info.appVersion],
    ['dataDir', t('system.dataDir'), info.dataDir],
    ['databaseFile', t('system.databaseFile'), info.databaseFile],
    ['schemaVersion', t('system.schemaVersion'), schema],
    ['sqliteVersion', t('system.sqliteVersion'), info.sqliteVersion],
    ['journalMode', t('system.journalMode'), info.journalMode.toUpperCase()],
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('system.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('system.description')}
          </Text>
        </div>
        <Button variant="default" onClick={onRefresh}>
          {t('system.refresh')}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <Table aria-label={t('system.title')} variant="vertical" layout="fixed">
          <Table.Tbody>
            {rows.map(([key, label, value]) => (
              <Table.Tr key={key}>
                <Table.Th w={220} scope="row">
                  {label}
                </Table.Th>
                <Table.Td data-testid={`system-${key}`}>
                  <Code style={{ wordBreak: 'break-all' }}>{value}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
