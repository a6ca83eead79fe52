import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpSecurityModes, type SmtpSecurity } from '../../../../shared/distribution/vocabulary';
import type { MailSettings, MailSettingsInput } from '../../../../shared/ipc/distribution';
import { useQueryClient } from '@tanstack/react-query';
import { channelKey } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { useMailSettings } from './useDistribution';
import { useSaveMailSettings, useTestMailSettings } from './useDistributionActions';

type Form = Omit<MailSettingsInput, 'password'> & { password: string };

const defaultPorts: Record<SmtpSecurity, number> = { tls: 465, starttls: 587, none: 25 };

function toForm(settings: MailSettings): Form {
  return {
    host: settings.host,
    port: settings.port,
    security: settings.security,
    username: settings.username,
    password: '',
    fromName: settings.fromName,
    fromAddress: settings.fromAddress,
    replyTo: settings.replyTo,
    perMinute: settings.perMinute,
    perDay: settings.perDay,
    retryHours: settings.retryHours,
  };
}

/** The office mail server (administrators): where distributions are sent from, and a test. */
export function MailSettingsPage() {
  const { t } = useTranslation();
  const query = useMailSettings();
  return (
    <Stack>
      <PageHeader title={t('distribution.settings.title')} description={t('distribution.settings.description')} />
      <QueryState query={query}>
        {(settings) => (
          // A saved change (here or by another administrator) starts the form afresh.
          <MailSettingsForm key={settings.updatedAt ?? 'new'} settings={settings} />
        )}
      </QueryState>
    </Stack>
  );
}

function MailSettingsForm({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveMailSettings();
  const test = useTestMailSettings();
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [testTo, setTestTo] = useState('');
  const [forget, setForget] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  const submit = () => {
    // An empty password box keeps the stored one; "forget" clears it.
    const { password, ...rest } = form;
    const input: MailSettingsInput = { ...rest, ...(forget ? { password: '' } : password ? { password } : {}) };
    save.mutate(input, {
      onSuccess: (saved) => {
        queryClient.setQueryData(channelKey('distribution.settings', {}), saved);
        setErrors({});
        setForget(false);
        notifications.show({ message: t('distribution.settings.saved'), color: 'teal' });
      },
      onError: (error) => {
        setErrors(fieldErrors(t, error));
        if (!onlyFieldErrors(error)) notifyFailure(t, error);
      },
    });
  };
  const limit = (value: string | number) => (value === '' ? null : Number(value));

  return (
    <Stack maw={900}>
      <Paper withBorder p="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('distribution.settings.host')}
                value={form.host}
                onChange={(e) => set('host', e.currentTarget.value)}
                error={errors.host}
                required
              />
              <Select
                label={t('distribution.settings.security')}
                data={smtpSecurityModes.map((value) => ({
                  value,
                  label: t(`distribution.settings.securityMode.${value}`),
                }))}
                value={form.security}
                allowDeselect={false}
                onChange={(value) => {
                  if (!value) return;
                  const mode = value as SmtpSecurity;
                  setForm((current) => ({
                    ...current,
                    security: mode,
                    // Follow the usual port of the mode unless someone typed their own.
                    port: Object.values(defaultPorts).includes(current.port) ? defaultPorts[mode] : current.port,
                  }));
                }}
              />
              <NumberInput
                label={t('distribution.settings.port')}
                value={form.port}
                min={1}
                max={65535}
                onChange={(value) => set('port', Number(value) || 0)}
                error={errors.port}
              />
              <TextInput
                label={t('distribution.settings.username')}
                value={form.username}
                onChange={(e) => set('username', e.currentTarget.value)}
                error={errors.username}
                autoComplete="off"
              />
              <PasswordInput
                label={t('distribution.settings.password')}
                description={
                  settings.hasPassword
                    ? t('distribution.settings.passwordKept')
                    : t('distribution.settings.passwordNone')
                }
                value={form.password}
                onChange={(e) => set('password', e.currentTarget.value)}
                autoComplete="new-password"
                disabled={forget}
              />
              {settings.hasPassword && (
                <Button variant="subtle" color="red" mt="lg" onClick={() => setForget((value) => !value)}>
                  {forget ? t('distribution.settings.keepPassword') : t('distribution.settings.forgetPassword')}
                </Button>
              )}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('distribution.settings.fromName')}
                value={form.fromName}
                onChange={(e) => set('fromName', e.currentTarget.value)}
                error={errors.fromName}
                required
              />
              <TextInput
                label={t('distribution.settings.fromAddress')}
                value={form.fromAddress}
                onChange={(e) => set('fromAddress', e.currentTarget.value)}
                error={errors.fromAddress}
                required
              />
              <TextInput
                label={t('distribution.settings.replyTo')}
                value={form.replyTo}
                onChange={(e) => set('replyTo', e.currentTarget.value)}
                error={errors.replyTo}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('distribution.settings.perMinute')}
                description={t('distribution.settings.emptyNoLimit')}
                value={form.perMinute ?? ''}
                min={1}
                onChange={(value) => set('perMinute', limit(value))}
                error={errors.perMinute}
              />
              <NumberInput
                label={t('distribution.settings.perDay')}
                description={t('distribution.settings.emptyNoLimit')}
                value={form.perDay ?? ''}
                min={1}
                onChange={(value) => set('perDay', limit(value))}
                error={errors.perDay}
              />
              <NumberInput
                label={t('distribution.settings.retryHours')}
                value={form.retryHours}
                min={1}
                max={168}
                onChange={(value) => set('retryHours', Number(value) || 24)}
                error={errors.retryHours}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('distribution.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Text fw={600}>{t('distribution.settings.testTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('distribution.settings.testHint')}
          </Text>
          <Group align="flex-end">
            <TextInput
              label={t('distribution.settings.testTo')}
              value={testTo}
              onChange={(e) => setTestTo(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              variant="default"
              disabled={!settings.configured || !testTo.trim()}
              loading={test.isPending}
              onClick={() => test.mutate({ to: testTo }, { onError: (error) => notifyFailure(t, error) })}
            >
              {t('distribution.settings.sendTest')}
            </Button>
          </Group>
          {test.data &&
            (test.data.delivered ? (
              <Alert color="teal">{t('distribution.settings.testDelivered', { to: testTo })}</Alert>
            ) : (
              <Alert color="red" title={t(`distribution.reason.${test.data.reason ?? 'temporary'}`)}>
                {test.data.detail}
              </Alert>
            ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
