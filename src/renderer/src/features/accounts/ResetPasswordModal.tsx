import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/ipc/accounts';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { confirmMatches } from '../../components/AccountProfileFields';
import { notifyFailure } from '../../components/notifyFailure';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { FormActions } from '../../components/FormActions';
import { useResetPassword } from './useAccountActions';

export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirmPassword: '' },
    validate: { confirmPassword: confirmMatches(t) },
  });
  const submit = form.onSubmit(({ password }) =>
    reset.mutate(
      { id: account.id, newPassword: password },
      {
        onSuccess: () => {
          notifications.show({ message: t('accounts.resetDone'), color: 'teal' });
          onClose();
        },
        onError: (error) => {
          form.setErrors({ password: fieldErrors(t, error)['newPassword'] });
          if (!onlyFieldErrors(error)) notifyFailure(t, error);
        },
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={t('accounts.resetTitle', { username: account.username })}>
      <form onSubmit={submit}>
        <Stack>
          <NewPasswordFields form={form} />
          <FormActions onCancel={onClose} submitLabel={t('password.save')} loading={reset.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
