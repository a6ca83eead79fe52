import { PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Username and password, as the sign-in screen and the recovery screen ask for them. */
export function CredentialFields({
  username,
  password,
  onUsername,
  onPassword,
  autoFocus = false,
}: {
  username: string;
  password: string;
  onUsername: (value: string) => void;
  onPassword: (value: string) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('session.username')}
        value={username}
        onChange={(event) => onUsername(event.currentTarget.value)}
        autoComplete="username"
        required
        autoFocus={autoFocus}
      />
      <PasswordInput
        label={t('session.password')}
        value={password}
        onChange={(event) => onPassword(event.currentTarget.value)}
        autoComplete="current-password"
        required
      />
    </>
  );
}
