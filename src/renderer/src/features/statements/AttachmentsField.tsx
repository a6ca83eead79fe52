import { ActionIcon, Anchor, FileButton, Button, Group, Input, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { attachmentMimeTypes, type AttachmentRef } from '../../../../shared/ipc/statements';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { fieldErrors } from '../../i18n/fieldErrors';
import { notifications } from '@mantine/notifications';
import { downloadBase64 } from '../../components/download';
import { readBase64 } from '../../components/readFile';

/** The statement's attachments: uploaded (type and size checked by the core), listed, removable. */
export function AttachmentsField({
  statementId,
  value,
  onChange,
  editable,
}: {
  statementId: string;
  value: AttachmentRef[];
  onChange: (value: AttachmentRef[]) => void;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const upload = async (file: File | null) => {
    if (!file) return;
    try {
      const ref = await callOrThrow(api, 'statements.uploadAttachment', {
        fileName: file.name,
        mimeType: (file.type || 'application/octet-stream') as AttachmentRef['mimeType'],
        dataBase64: await readBase64(file),
      });
      onChange([...value.filter((item) => item.sha256 !== ref.sha256), ref]);
    } catch (error) {
      // A refused file says why (type, size, content), not just "invalid".
      const reasons = Object.values(fieldErrors(t, error));
      if (reasons.length > 0) {
        notifications.show({
          title: t('statements.editor.uploadFailed'),
          message: `${file.name}: ${reasons.join(' ')}`,
          color: 'red',
        });
      } else {
        notifyFailure(t, error);
      }
    }
  };
  const open = (ref: AttachmentRef) =>
    callOrThrow(api, 'statements.attachment', { statementId, sha256: ref.sha256 }).then(
      (file) => downloadBase64(file.fileName, file.mimeType, file.dataBase64),
      (error: unknown) => notifyFailure(t, error),
    );
  return (
    <Input.Wrapper
      label={t('statements.fields.attachments')}
      description={editable ? t('statements.editor.dropHint') : undefined}
    >
      <Stack gap={4} mt={4}>
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('statements.fields.none')}
          </Text>
        )}
        {value.map((ref) => (
          <Group key={ref.sha256} gap="xs">
            <IconPaperclip size={14} />
            <Anchor size="sm" component="button" type="button" onClick={() => void open(ref)}>
              {ref.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {(ref.size / 1024).toFixed(0)} KB
            </Text>
            {editable && (
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                aria-label={t('statements.editor.removeAttachment', { name: ref.fileName })}
                onClick={() => onChange(value.filter((item) => item.sha256 !== ref.sha256))}
              >
                <IconX size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {editable && (
          <FileButton onChange={(file) => void upload(file)} accept={attachmentMimeTypes.join(',')}>
            {(props) => (
              <Button {...props} size="xs" variant="default" leftSection={<IconPaperclip size={14} />} w="fit-content">
                {t('statements.editor.upload')}
              </Button>
            )}
          </FileButton>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
