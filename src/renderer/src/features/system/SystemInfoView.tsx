import { Button, Code, Paper, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/ipc/appInfo';
import { PageHeader } from '../../components/PageHeader';

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
  const onServer = info.store === 'server';
  const rows: [string, string, string][] = [
    ['appVersion', t('system.appVersion'), info.appVersion],
    ['dataDir', t('system.dataDir'), info.dataDir],
    ['dataScope', t('system.dataScope.label'), t(`system.dataScope.${info.dataScope}`)],
    ['databaseFile', onServer ? t('system.officeServer') : t('system.databaseFile'), info.databaseFile],
    ['schemaVersion', t('system.schemaVersion'), schema],
    ['engineVersion', t('system.engineVersion'), info.engineVersion],
    // The server keeps its own journal; there is no file mode to show.
    ...(onServer
      ? []
      : [['journalMode', t('system.journalMode'), info.journalMode.toUpperCase()] as [string, string, string]]),
  ];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('system.title')}
        description={t('system.description')}
        actions={
          <Button variant="default" onClick={onRefresh}>
            {t('system.refresh')}
          </Button>
        }
      />
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
