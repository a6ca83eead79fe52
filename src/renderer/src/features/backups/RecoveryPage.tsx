import { Alert, Button, Center, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryState } from '../../../../shared/ipc/backups';
import type { Language } from '../../../../shared/ipc/preferences';
import { formatInstant } from '../../../../shared/time/formatInstant';
import { useChannelQuery } from '../../api/channelQueries';
import { QueryState } from '../../components/QueryState';
import { errorMessage } from '../../i18n/errorMessage';
import { CredentialFields } from '../../components/CredentialFields';
import { formatBytes } from './backupLabels';
import { useForgetEverything } from './useBackups';
import { useRecoverStore } from './useBackups';

/**
 * Shown instead of the sign-in screen when the store failed its check on open: what happened,
 * where the damaged files were copied, and the newest verified backup, which an administrator
 * restores with their password (checked against the damaged copy by the core).
 */
export function RecoveryPage() {
  const query = useChannelQuery('backups.recovery', {});
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={640}>
        <QueryState query={query}>{(state) => <RecoveryForm state={state} />}</QueryState>
      </Paper>
    </Center>
  );
}

function RecoveryForm({ state }: { state: RecoveryState }) {
  const { t, i18n } = useTranslation();
  const recover = useRecoverStore();
  const forgetEverything = useForgetEverything();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  const backup = state.newestVerified;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    recover.mutate(
      { username, password },
      {
        onSuccess: () => forgetEverything(),
        onError: (failure) => {
          setError(failure);
          setPassword('');
        },
      },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} aria-label={t('recovery.title')}>
      <Title order={1} size="h2">
        {t('recovery.title')}
      </Title>
      <Alert color="red" title={t('recovery.damaged')}>
        <Stack gap={4}>
          <Text size="sm">{t('recovery.explain')}</Text>
          {state.problems.slice(0, 3).map((problem) => (
            <Code key={problem} block>
              {problem}
            </Code>
          ))}
        </Stack>
      </Alert>
      {state.setAside && (
        <Text size="sm">
          {t('recovery.copied')} <Code>{state.setAside}</Code>
        </Text>
      )}
      {backup ? (
        <>
          <Text size="sm">
            {t('recovery.newest', {
              time: formatInstant(backup.takenAt, backup.timeZone ?? 'Asia/Jakarta', language),
              size: formatBytes(backup.bytes, language),
              statements: backup.statements,
              contacts: backup.contacts,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('recovery.adminOnly')}
          </Text>
          {error !== undefined && (
            <Alert color="red" role="alert">
              {errorMessage(t, error)}
            </Alert>
          )}
          <CredentialFields username={username} password={password} onUsername={setUsername} onPassword={setPassword} />
          <Button type="submit" color="red" loading={recover.isPending}>
            {t('recovery.restore')}
          </Button>
        </>
      ) : (
        <Alert color="yellow">{t('recovery.noBackup', { folder: state.backupFolder })}</Alert>
      )}
    </Stack>
  );
}
