import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  conferenceDocumentKinds,
  type Conference,
  type ConferenceDocumentKind,
} from '../../../../shared/ipc/conferences';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { useFileDownload } from '../../components/useFileDownload';

/** The paperwork: attendance record, sign-in sheet (daftar hadir) and the briefing pack, PDF or DOCX. */
export function DocumentsPanel({ conference }: { conference: Conference }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { busy, download: save } = useFileDownload();
  const download = (document: ConferenceDocumentKind, format: 'pdf' | 'docx') =>
    save(`${document}.${format}`, () =>
      callOrThrow(api, 'conferences.document', {
        id: conference.id,
        document,
        format,
        language: i18n.language === 'en' ? 'en' : 'id',
      }),
    );
  return (
    <Stack>
      {conferenceDocumentKinds.map((document) => (
        <Paper key={document} withBorder p="md">
          <Group justify="space-between">
            <div>
              <Text fw={600}>{t(`conferences.documents.${document}.title`)}</Text>
              <Text size="sm" c="dimmed">
                {t(`conferences.documents.${document}.description`)}
              </Text>
            </div>
            <Group gap="xs">
              {(['pdf', 'docx'] as const).map((format) => (
                <Button
                  key={format}
                  variant="default"
                  leftSection={format === 'pdf' ? <IconFileTypePdf size={16} /> : <IconFileTypeDocx size={16} />}
                  loading={busy === `${document}.${format}`}
                  aria-label={`${t(`conferences.documents.${document}.title`)} ${format.toUpperCase()}`}
                  onClick={() => void download(document, format)}
                >
                  {format.toUpperCase()}
                </Button>
              ))}
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
