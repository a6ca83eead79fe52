import { Alert, Badge, Button, Group, List, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, BackupStatus } from '../../../../shared/ipc/backups';
import { notifyFailure, showFormFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { formatBytes, isOverdue, shortHash } from './backupLabels';
import { leaveForNextSignIn } from '../../components/signInNotice';
import {
  useBackupStatus,
  useForgetEverything,
  useRestoreBackup,
  useSetBackupFolder,
  useTakeBackup,
} from './useBackups';

/** Backups (administrator): the folder, the schedule, every verified backup, and restoring one. */
export function BackupsPage() {
  const { t } = useTranslation();
  const query = useBackupStatus();
  const take = useTakeBackup();
  const format = useFormatInstant();
  return (
    <Stack>
      <PageHeader
        title={t('backups.title')}
        description={t('backups.description')}
        actions={
          <Button
            loading={take.isPending}
            onClick={() =>
              take.mutate(
                {},
                {
                  onSuccess: (entry) =>
                    notifications.show({
                      message: t('backups.taken', { time: format(entry.takenAt) }),
                      color: 'green',
                      autoClose: 3000,
                    }),
                  onError: (error) => notifyFailure(t, error),
                },
              )
            }
          >
            {t('backups.takeNow')}
          </Button>
        }
      />
      <QueryState query={query}>
        {(status) => (
          <>
            {status.store === 'server' && <Alert color="blue">{t('backups.serverNote')}</Alert>}
            <FolderCard key={status.folder} status={status} />
            <BackupList status={status} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function FolderCard({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const setFolder = useSetBackupFolder();
  const [folder, setFolderText] = useState(status.folder);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = (next: string | null) =>
    setFolder.mutate(
      { folder: next },
      {
        onSuccess: () => {
          setErrors({});
          notifications.show({ message: t('backups.folderSaved'), color: 'green', autoClose: 3000 });
        },
        onError: (error) => showFormFailure(t, error, setErrors),
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(folder);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('backups.folderTitle')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('backups.folderTitle')}
        </Title>
        {!status.folderChosen && <Alert color="yellow">{t('backups.sameDiskWarning')}</Alert>}
        {isOverdue(status) && (
          <Alert color="red" role="alert">
            {t('backups.overdue', {
              time: format(status.backups.find((backup) => backup.series === 'automatic')?.takenAt ?? status.nextDueAt),
            })}
          </Alert>
        )}
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={t('backups.folder')}
            description={t('backups.folderHint')}
            value={folder}
            onChange={(event) => setFolderText(event.currentTarget.value)}
            error={errors.folder}
          />
          <Button type="submit" loading={setFolder.isPending}>
            {t('backups.saveFolder')}
          </Button>
          {status.folderChosen && (
            <Button variant="default" onClick={() => save(null)}>
              {t('backups.defaultFolder')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('backups.schedule', { time: format(status.nextDueAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}

function BackupList({ status }: { status: BackupStatus }) {
  const { t, i18n } = useTranslation();
  const format = useFormatInstant();
  const [restoring, setRestoring] = useState<BackupEntry>();
  if (status.backups.length === 0) return <Alert color="yellow">{t('backups.none')}</Alert>;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('backups.listTitle', { count: status.backups.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backups.retention')}
        </Text>
        <Table striped aria-label={t('backups.listTitle', { count: status.backups.length })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.takenAt')}</Table.Th>
              <Table.Th>{t('backups.size')}</Table.Th>
              <Table.Th>{t('backups.records')}</Table.Th>
              <Table.Th>{t('backups.version')}</Table.Th>
              <Table.Th>{t('backups.auditHead')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.backups.map((backup, index) => (
              <Table.Tr key={backup.file}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{format(backup.takenAt)}</Text>
                    {index === 0 && <Badge variant="light">{t('backups.newest')}</Badge>}
                    <Badge variant="outline" color={backup.series === 'manual' ? 'grape' : 'gray'}>
                      {t(`backups.series.${backup.series}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {backup.file}
                  </Text>
                </Table.Td>
                <Table.Td>{formatBytes(backup.bytes, i18n.language)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('backups.recordCounts', {
                      statements: backup.statements,
                      contacts: backup.contacts,
                      rows: backup.rows,
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t('backups.versionValue', { schema: backup.schemaVersion, app: backup.appVersion })}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" title={backup.auditHead?.hash}>
                    {backup.auditHead ? `${backup.auditHead.seq}:${shortHash(backup.auditHead.hash)}` : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {/* On the office server a restore is the server administrator's (backups.serverNote). */}
                  {status.store === 'embedded' && (
                    <Button size="xs" variant="light" color="red" onClick={() => setRestoring(backup)}>
                      {t('backups.restore')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {restoring && <RestoreModal backup={restoring} onClose={() => setRestoring(undefined)} />}
    </Paper>
  );
}

function RestoreModal({ backup, onClose }: { backup: BackupEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const restore = useRestoreBackup();
  const forgetEverything = useForgetEverything();
  const confirm = () =>
    restore.mutate(
      { file: backup.file },
      {
        onSuccess: (result) => {
          // Every session ends with the replaced store: the news waits on the sign-in screen.
          leaveForNextSignIn(
            `${t('backups.restoredTitle')}. ${t('backups.restoredMessage', {
              time: format(result.restoredFrom.takenAt),
              jobs: result.jobsHeld,
              folder: result.setAside ?? '—',
            })}`,
          );
          onClose();
          forgetEverything();
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('backups.restoreTitle', { time: format(backup.takenAt) })} size="lg">
      <Stack>
        <Text size="sm">{t('backups.restoreIntro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('backups.restoreStepVerify')}</List.Item>
          <List.Item>{t('backups.restoreStepAside')}</List.Item>
          <List.Item>{t('backups.restoreStepLost', { time: format(backup.takenAt) })}</List.Item>
          <List.Item>{t('backups.restoreStepJobs')}</List.Item>
          <List.Item>{t('backups.restoreStepSignIn')}</List.Item>
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accounts.cancel')}
          </Button>
          <Button color="red" loading={restore.isPending} onClick={confirm}>
            {t('backups.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
