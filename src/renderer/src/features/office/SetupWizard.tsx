import { Alert, Button, Container, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errorMessage';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { AccountProfileFields, confirmMatches, emptyAccountForm } from '../../components/AccountProfileFields';
import { useSignedIn } from '../../components/useSession';
import { OfficeIdentityFields, OfficeSettingsFields } from './OfficeFields';
import { emptyOfficeForm, formToOfficeInput } from './officeForm';
import { useSetUpOffice } from './useOfficeActions';
import { StoreChoice, useDeskStore } from '../store/public';

const identityFields = ['agencyName', 'unitName', 'address', 'city', 'phone', 'email', 'website', 'logo'];

/**
 * First run: where the data lives (this computer, or the office server), the office profile, its
 * settings and the first administrator, then signed in.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const [chosenStep, setStep] = useState(0);
  const [storeChoice, setStoreChoice] = useState<'embedded' | 'server'>('embedded');
  const desk = useDeskStore();
  const onServer = desk.data?.kind === 'server';
  // Connected to an empty office server: the office is set up there, from the next step.
  const step = onServer ? Math.max(chosenStep, 1) : chosenStep;
  const [failure, setFailure] = useState<unknown>();
  const setup = useSetUpOffice();
  const signedIn = useSignedIn();
  const office = useForm({
    mode: 'controlled',
    initialValues: emptyOfficeForm(),
    validate: { agencyName: (value) => (value.trim() ? null : t('errors.field.required')) },
  });
  const admin = useForm({
    mode: 'controlled',
    initialValues: { ...emptyAccountForm, username: 'admin' },
    validate: { confirmPassword: confirmMatches(t) },
  });

  const finish = () => {
    if (admin.validate().hasErrors) return;
    setFailure(undefined);
    const { confirmPassword: _confirm, ...adminInput } = admin.getValues();
    setup.mutate(
      { office: formToOfficeInput(office.getValues()), admin: adminInput },
      {
        onSuccess: signedIn,
        onError: (error) => {
          const officeErrors = fieldErrors(t, error, 'office');
          office.setErrors(officeErrors);
          admin.setErrors(fieldErrors(t, error, 'admin'));
          const keys = Object.keys(officeErrors);
          if (keys.some((key) => identityFields.includes(key.split('.')[0]!))) setStep(1);
          else if (keys.length > 0) setStep(2);
          if (!onlyFieldErrors(error)) setFailure(error);
        },
      },
    );
  };

  return (
    <Container size="md" py="xl">
      <Stack>
        <div>
          <Title order={1}>{t('setup.title')}</Title>
          <Text c="dimmed">{t('setup.subtitle')}</Text>
        </div>
        <Paper withBorder p="lg">
          <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false}>
            <Stepper.Step label={t('setup.stepStore')}>
              {desk.data?.kind === 'server' ? (
                <Text>{t('store.currentServer', { server: desk.data.server })}</Text>
              ) : (
                <StoreChoice choice={storeChoice} onChoose={setStoreChoice} />
              )}
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepOffice')}>
              <OfficeIdentityFields form={office} />
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepSettings')}>
              <OfficeSettingsFields form={office} withSecurity={false} />
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepAdmin')}>
              <AccountProfileFields form={admin} isNew />
            </Stepper.Step>
          </Stepper>
          {failure !== undefined && (
            <Alert color="red" mt="md" role="alert">
              {errorMessage(t, failure)}
            </Alert>
          )}
          <Group justify="space-between" mt="lg">
            <Button variant="default" disabled={step === (onServer ? 1 : 0)} onClick={() => setStep(step - 1)}>
              {t('setup.back')}
            </Button>
            {step < 3 ? (
              <Button
                // The server is chosen by connecting to it (its own button); until then there is no next step.
                disabled={step === 0 && storeChoice === 'server' && !onServer}
                onClick={() => (step === 1 && office.validate().hasErrors ? undefined : setStep(step + 1))}
              >
                {t('setup.next')}
              </Button>
            ) : (
              <Button onClick={finish} loading={setup.isPending}>
                {t('setup.finish')}
              </Button>
            )}
          </Group>
        </Paper>
      </Stack>
    </Container>
  );
}
