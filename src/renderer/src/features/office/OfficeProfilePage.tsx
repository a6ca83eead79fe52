import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../shared/ipc/office';
import { useChannelQuery } from '../../api/channelQueries';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { OfficeIdentityFields, OfficeSettingsFields } from './OfficeFields';
import { formToOfficeInput, officeToForm } from './officeForm';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { useUpdateOffice } from './useOfficeActions';

function OfficeProfileForm({ office }: { office: Office }) {
  const { t } = useTranslation();
  const update = useUpdateOffice();
  const form = useForm({ mode: 'controlled', initialValues: officeToForm(office) });
  useEffect(() => {
    form.setInitialValues(officeToForm(office));
    // Only when the stored profile changes (after a save or someone else's edit).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [office.updatedAt]);

  const save = form.onSubmit((values) =>
    update.mutate(formToOfficeInput(values), {
      onSuccess: (saved) => {
        form.setValues(officeToForm(saved));
        notifications.show({ message: t('office.saved'), color: 'teal' });
      },
      onError: (error) => {
        form.setErrors(fieldErrors(t, error));
        if (!onlyFieldErrors(error)) notifyFailure(t, error);
      },
    }),
  );

  return (
    <form onSubmit={save}>
      <Stack maw={900}>
        <PageHeader title={t('office.title')} description={t('office.description')} />
        <Paper withBorder p="md">
          <OfficeIdentityFields form={form} currentLogo={office.logo?.dataUrl} />
        </Paper>
        <Paper withBorder p="md">
          <OfficeSettingsFields form={form} withSecurity />
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('office.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OfficeProfilePage() {
  const query = useChannelQuery('office.get', {});
  return <QueryState query={query}>{(office) => <OfficeProfileForm office={office} />}</QueryState>;
}
