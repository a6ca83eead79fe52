import { Checkbox, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/accounts/roles';
import type { Account } from '../../../../shared/ipc/accounts';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import {
  AccountProfileFields,
  confirmMatches,
  emptyAccountForm,
  type AccountFormValues,
} from '../../components/AccountProfileFields';
import { notifyFailure } from '../../components/notifyFailure';
import { FormActions } from '../../components/FormActions';
import { useCreateAccount, useUpdateAccount } from './useAccountActions';

/** Creates an account (no `account`) or edits one. */
export function AccountFormModal({
  account,
  opened,
  onClose,
}: {
  account?: Account | undefined;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const isNew = account === undefined;
  const form = useForm<AccountFormValues & { roles: Role[] }>({
    mode: 'controlled',
    initialValues: account
      ? { ...emptyAccountForm, ...account, roles: account.roles }
      : { ...emptyAccountForm, roles: [] },
    validate: isNew ? { confirmPassword: confirmMatches(t) } : {},
  });

  const fail = (error: unknown) => {
    form.setErrors(fieldErrors(t, error));
    if (!onlyFieldErrors(error)) notifyFailure(t, error);
  };

  const submit = form.onSubmit(({ confirmPassword: _confirm, ...values }) => {
    if (isNew) {
      create.mutate(values, {
        onSuccess: (created) => {
          notifications.show({ message: t('accounts.created', { username: created.username }), color: 'teal' });
          form.reset();
          onClose();
        },
        onError: fail,
      });
    } else {
      const { username: _username, password: _password, ...profile } = values;
      update.mutate(
        { id: account.id, ...profile },
        {
          onSuccess: () => {
            notifications.show({ message: t('accounts.updated'), color: 'teal' });
            onClose();
          },
          onError: fail,
        },
      );
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={isNew ? t('accounts.add') : t('accounts.edit')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <AccountProfileFields form={form} isNew={isNew} />
          <Checkbox.Group label={t('accounts.roles')} withAsterisk {...form.getInputProps('roles')}>
            <Stack gap={6} mt={6}>
              {roles.map((role) => (
                <Checkbox key={role} value={role} label={t(`role.${role}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <FormActions
            onCancel={onClose}
            submitLabel={t('accounts.save')}
            loading={create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
