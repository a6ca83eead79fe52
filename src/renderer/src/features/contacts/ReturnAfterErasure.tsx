import { Alert, Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Shown when the core refused an address or number because its owner was erased at their request:
 * says so, and lets the desk record that the person themself asked to be added again (on their new
 * consent). Nothing is shown otherwise — an erased person is not re-added by accident.
 */
export function ReturnAfterErasure({
  errors,
  checked,
  onChange,
}: {
  errors: Record<string, string>;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const refused = Object.values(errors).includes(t('errors.field.erased_person'));
  if (!refused && !checked) return null;
  return (
    <Alert color="orange" title={t('contacts.erasedPerson.title')} mb="sm">
      {t('contacts.erasedPerson.body')}
      <Checkbox
        mt="xs"
        label={t('contacts.erasedPerson.returns')}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </Alert>
  );
}
