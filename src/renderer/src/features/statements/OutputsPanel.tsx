import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ExportFormat, type Statement } from '../../../../shared/ipc/statements';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { base64Text, downloadBase64 } from '../../components/download';

const copyable: ExportFormat[] = ['txt', 'whatsapp', 'x'];

/** Every output of the current revision: download as a file, or copy the text forms. */
export function OutputsPanel({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const api = useApi();
  const draft = !['approved', 'released', 'corrected', 'retracted'].includes(statement.status);
  const formatName = (format: ExportFormat) => t(`statements.outputs.format.${format}`);

  const fetchOutput = (format: ExportFormat) => callOrThrow(api, 'statements.export', { id: statement.id, format });
  const download = (format: ExportFormat) =>
    fetchOutput(format).then(
      (file) => downloadBase64(file.fileName, file.mimeType, file.dataBase64),
      (error: unknown) => notifyFailure(t, error),
    );
  const copy = (format: ExportFormat) =>
    fetchOutput(format)
      .then((file) => navigator.clipboard.writeText(base64Text(file.dataBase64)))
      .then(
        () =>
          notifications.show({
            message: t('statements.outputs.copied', { format: formatName(format) }),
            color: 'teal',
          }),
        (error: unknown) => notifyFailure(t, error),
      );

  return (
    <Paper withBorder p="md">
      <Stack>
        <Text fw={600}>{t('statements.outputs.title')}</Text>
        {draft && <Alert color="orange">{t('statements.outputs.draftWarning')}</Alert>}
        <Group>
          {exportFormats.map((format) => (
            <Button key={format} variant="default" onClick={() => void download(format)}>
              {t('statements.outputs.download', { format: formatName(format) })}
            </Button>
          ))}
        </Group>
        <Group>
          {copyable.map((format) => (
            <Button key={format} variant="subtle" onClick={() => void copy(format)}>
              {t('statements.outputs.copy', { format: formatName(format) })}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
