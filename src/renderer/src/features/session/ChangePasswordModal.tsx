import { Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { confirmMatches } from '../../components/AccountProfileFields';
import { notifyFailure } from '../../components/notifyFailure';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { FormActions } from '../../components/FormActions';
import { useChangeOwnPassword } from './useSessionActions';

export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeOwnPassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', password: '', confirmPassword: '' },
    validate: { confirmPassword: confirmMatches(t) },
  });
  const submit = form.onSubmit(({ currentPassword, password }) =>
    change.mutate(
      { currentPassword, newPassword: password },
      {
        onSuccess: () => {
          notifications.show({ message: t('password.changed'), color: 'teal' });
          onClose();
        },
        onError: (error) => {
          const errors = fieldErrors(t, error);
          form.setErrors({ currentPassword: errors['currentPassword'], password: errors['newPassword'] });
          if (!onlyFieldErrors(error)) notifyFailure(t, error);
        },
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={t('session.changePassword')}>
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordFields form={form} />
          <FormActions onCancel={onClose} submitLabel={t('password.save')} loading={change.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
