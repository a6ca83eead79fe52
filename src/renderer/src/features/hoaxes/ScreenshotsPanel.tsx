import {
  Anchor,
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPhotoPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screenshotMimeTypes, type Hoax, type Screenshot } from '../../../../shared/ipc/hoaxes';
import { useChannelQuery } from '../../api/channelQueries';
import { downloadBase64 } from '../../components/download';
import { notifyFailure } from '../../components/notifyFailure';
import { readBase64 } from '../../components/readFile';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useUploadScreenshot } from './useHoaxActions';

/** Screenshots of the claim as it went round, each named by its SHA-256 (the proof it was not altered). */
export function ScreenshotsPanel({ hoax }: { hoax: Hoax }) {
  const { t } = useTranslation();
  const upload = useUploadScreenshot();
  const [busy, setBusy] = useState(false);
  const add = async (files: File[]) => {
    setBusy(true);
    try {
      for (const file of files) {
        await upload.mutateAsync({
          hoaxId: hoax.id,
          fileName: file.name,
          mimeType: file.type as (typeof screenshotMimeTypes)[number],
          dataBase64: await readBase64(file),
        });
      }
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hoaxes.screenshots.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('hoaxes.screenshots.title')} ({hoax.screenshots.length})
        </Title>
        {hoax.can.edit && (
          <FileButton onChange={(files) => void add(files)} accept={screenshotMimeTypes.join(',')} multiple>
            {(props) => (
              <Button {...props} size="xs" variant="light" loading={busy} leftSection={<IconPhotoPlus size={14} />}>
                {t('hoaxes.screenshots.add')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {hoax.screenshots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hoaxes.screenshots.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {hoax.screenshots.map((shot) => (
            <Thumbnail key={shot.sha256} hoaxId={hoax.id} shot={shot} />
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}

function Thumbnail({ hoaxId, shot }: { hoaxId: string; shot: Screenshot }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const file = useChannelQuery('hoaxes.screenshot', { hoaxId, sha256: shot.sha256 }, { staleTime: Infinity });
  const source = file.data ? `data:${file.data.mimeType};base64,${file.data.dataBase64}` : undefined;
  return (
    <Stack gap={2}>
      <Image src={source} alt={shot.fileName} h={120} fit="contain" bg="var(--mantine-color-default-hover)" />
      <Anchor
        size="xs"
        component="button"
        type="button"
        onClick={() => file.data && downloadBase64(file.data.fileName, file.data.mimeType, file.data.dataBase64)}
      >
        {shot.fileName}
      </Anchor>
      <Tooltip label={shot.sha256} multiline w={300}>
        <Text size="xs" c="dimmed" ff="monospace">
          {t('hoaxes.screenshots.sha', { hash: shot.sha256.slice(0, 12) })}
        </Text>
      </Tooltip>
      <Text size="xs" c="dimmed">
        {shot.addedBy} · {format(shot.addedAt)}
      </Text>
    </Stack>
  );
}
