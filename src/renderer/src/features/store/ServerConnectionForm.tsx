import { Alert, Button, Group, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeServerConnectInput, OfficeServerSettings, ServerProbe } from '../../../../shared/ipc/store';
import { tlsModes } from '../../../../shared/ipc/store';
import { errorMessage } from '../../i18n/errorMessage';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { formToConnectInput, serverForm, type ServerForm } from './serverForm';
import { useTestServer } from './useStoreActions';

const tlsLabel = { verify: 'store.tlsVerify', encrypt: 'store.tlsEncrypt', off: 'store.tlsOff' } as const;

/** The sentence for what a test of the connection found on the server. */
export function probeMessage(t: (key: string, values?: Record<string, unknown>) => string, probe: ServerProbe) {
  if (probe.state === 'office')
    return t('store.probeOffice', { version: probe.serverVersion, agency: probe.agencyName });
  if (probe.state === 'unconfigured') return t('store.probeUnconfigured', { version: probe.serverVersion });
  return t('store.probeEmpty', { version: probe.serverVersion });
}

export interface ServerConnectionFormProps {
  /** The settings the desk has now (a change of connection starts from them; the password never comes back). */
  saved: OfficeServerSettings | null;
  submitLabel: string;
  submitColor?: string;
  pending: boolean;
  /** Sends the input; rejects with the core's error (shown by its field, or above the buttons). */
  onSubmit: (input: OfficeServerConnectInput) => Promise<unknown>;
}

/**
 * The office server's connection: where it is, who signs in, how the line is encrypted. "Test"
 * reports what is on the server without changing anything; the submit button does the form's job
 * (use it, move the office there).
 */
export function ServerConnectionForm({
  saved,
  submitLabel,
  submitColor,
  pending,
  onSubmit,
}: ServerConnectionFormProps) {
  const { t } = useTranslation();
  const test = useTestServer();
  const [probe, setProbe] = useState<ServerProbe>();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<ServerForm>({ mode: 'controlled', initialValues: serverForm(saved) });

  const failed = (error: unknown) => {
    setProbe(undefined);
    form.setErrors(fieldErrors(t, error, 'settings'));
    const passwordError = fieldErrors(t, error).password;
    if (passwordError) form.setFieldError('password', passwordError);
    setFailure(onlyFieldErrors(error) ? undefined : error);
  };
  const runTest = () => {
    setFailure(undefined);
    test.mutate(formToConnectInput(form.getValues()), {
      onSuccess: (found) => {
        form.clearErrors();
        setProbe(found);
      },
      onError: failed,
    });
  };
  const submit = form.onSubmit((values) => {
    setFailure(undefined);
    onSubmit(formToConnectInput(values)).catch(failed);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('store.server')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('store.host')}
            placeholder="db.humas.go.id"
            required
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('host')}
          />
          <TextInput label={t('store.port')} inputMode="numeric" required {...form.getInputProps('port')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('store.database')} required {...form.getInputProps('database')} />
          <TextInput label={t('store.user')} required autoComplete="off" {...form.getInputProps('user')} />
        </SimpleGrid>
        <PasswordInput
          label={t('store.password')}
          description={t('store.passwordHint')}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Select
          label={t('store.tls')}
          data={tlsModes.map((mode) => ({ value: mode, label: t(tlsLabel[mode]) }))}
          allowDeselect={false}
          {...form.getInputProps('tls')}
        />
        {form.values.tls === 'verify' && (
          <TextInput
            label={t('store.caFile')}
            description={t('store.caFileHint')}
            placeholder="/etc/ssl/humas-ca.pem"
            {...form.getInputProps('caFile')}
          />
        )}
        {probe && (
          <Alert color="green" role="status">
            {probeMessage(t, probe)}
          </Alert>
        )}
        {failure !== undefined && (
          <Alert color="red" role="alert">
            {errorMessage(t, failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={runTest} loading={test.isPending}>
            {t('store.test')}
          </Button>
          <Button type="submit" color={submitColor} loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
