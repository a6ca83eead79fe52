import { PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export interface AccountFormValues {
  username: string;
  fullName: string;
  nip: string;
  position: string;
  email: string;
  phone: string;
  password: string;
  confirmPassword: string;
}

export const emptyAccountForm: AccountFormValues = {
  username: '',
  fullName: '',
  nip: '',
  position: '',
  email: '',
  phone: '',
  password: '',
  confirmPassword: '',
};

/** Identity fields of an account, and optionally username and password (new accounts). */
export function AccountProfileFields<T extends AccountFormValues>({
  form,
  isNew,
}: {
  form: UseFormReturnType<T>;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {isNew && (
        <TextInput label={t('session.username')} withAsterisk autoComplete="off" {...form.getInputProps('username')} />
      )}
      <TextInput label={t('accounts.fullName')} withAsterisk {...form.getInputProps('fullName')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('accounts.nip')}
          description={t('accounts.nipHelp')}
          inputMode="numeric"
          {...form.getInputProps('nip')}
        />
        <TextInput label={t('accounts.position')} {...form.getInputProps('position')} />
        <TextInput label={t('office.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('accounts.phone')} {...form.getInputProps('phone')} />
      </SimpleGrid>
      {isNew && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput
            label={t('session.password')}
            description={t('password.rules')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('password.confirm')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('confirmPassword')}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function confirmMatches(t: (key: string) => string) {
  return (value: string, values: { password: string }) =>
    value !== values.password ? t('errors.field.passwords_differ') : null;
}
