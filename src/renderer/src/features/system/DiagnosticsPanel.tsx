import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { useFileDownload } from '../../components/useFileDownload';

/**
 * What the administrator hands the office's IT person when something is wrong: one JSON file of
 * versions, the store's checks, sizes, queues and the desk's recent errors — no records, no one's
 * data, no secrets (`app.diagnostics`; the command line's `siaga diagnostics` writes the same).
 */
export function DiagnosticsPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, download } = useFileDownload();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('system.diagnostics.title')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h5">
            {t('system.diagnostics.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('system.diagnostics.description')}
          </Text>
        </div>
        <Button
          variant="default"
          style={{ flexShrink: 0 }}
          leftSection={<IconFileDownload size={16} />}
          loading={busy === 'diagnostics'}
          onClick={() => void download('diagnostics', () => callOrThrow(api, 'app.diagnostics', {}))}
        >
          {t('system.diagnostics.export')}
        </Button>
      </Group>
    </Paper>
  );
}
