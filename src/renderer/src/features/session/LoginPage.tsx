import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiError';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormatInstant } from '../../components/useOfficeTime';
import { CredentialFields } from '../../components/CredentialFields';
import { useSignedIn } from '../../components/useSession';
import { useLogin } from './useSessionActions';

export function LoginPage({ agencyName, notice }: { agencyName: string | null; notice?: string | undefined }) {
  const { t } = useTranslation();
  const login = useLogin();
  const signedIn = useSignedIn();
  const format = useFormatInstant();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    login.mutate(
      { username, password },
      {
        onSuccess: (result) => signedIn(result),
        onError: (failure) => {
          setError(failure);
          setPassword('');
        },
      },
    );
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} component="form" onSubmit={submit} aria-label={t('session.title')}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('session.title')}
            </Title>
            {agencyName && (
              <Text c="dimmed" size="sm">
                {agencyName}
              </Text>
            )}
          </div>
          <Text size="sm">{t('session.subtitle')}</Text>
          {notice && !error && <Alert color="yellow">{notice}</Alert>}
          {error !== undefined && (
            <Alert color="red" role="alert">
              {error instanceof ApiError ? errorMessage(t, error, format) : t('errors.code.INTERNAL')}
            </Alert>
          )}
          <CredentialFields
            username={username}
            password={password}
            onUsername={setUsername}
            onPassword={setPassword}
            autoFocus
          />
          <Button type="submit" loading={login.isPending}>
            {t('session.signIn')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
