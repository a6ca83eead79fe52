import {
  Button,
  Checkbox,
  FileInput,
  Group,
  Image,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { officeTimeZones } from '../../../../shared/ipc/office';
import { languages } from '../../../../shared/ipc/preferences';
import { exampleNumber, readFileAsLogo, type OfficeFormValues } from './officeForm';

type Form = UseFormReturnType<OfficeFormValues>;

/** The agency's identity: name, unit, contacts and logo (wizard step 1, profile page). */
export function OfficeIdentityFields({ form, currentLogo }: { form: Form; currentLogo?: string | null | undefined }) {
  const { t } = useTranslation();
  const logo = form.getValues().logo;
  return (
    <Stack gap="sm">
      <TextInput
        label={t('office.agencyName')}
        placeholder={t('office.agencyNamePlaceholder')}
        withAsterisk
        {...form.getInputProps('agencyName')}
      />
      <TextInput label={t('office.unitName')} {...form.getInputProps('unitName')} />
      <Textarea label={t('office.address')} autosize minRows={2} {...form.getInputProps('address')} />
      <TextInput label={t('office.city')} description={t('office.cityHint')} {...form.getInputProps('city')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('office.phone')} {...form.getInputProps('phone')} />
        <TextInput label={t('office.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('office.website')} placeholder="https://" {...form.getInputProps('website')} />
      </SimpleGrid>
      <Group align="flex-end">
        <FileInput
          style={{ flex: 1 }}
          label={t('office.logo')}
          accept="image/png,image/jpeg,image/svg+xml"
          clearable
          error={form.errors['logo']}
          onChange={(file) => {
            if (!file) return form.setFieldValue('logo', undefined);
            void readFileAsLogo(file).then((value) => form.setFieldValue('logo', value));
          }}
        />
        {currentLogo && logo === undefined && (
          <Group gap="xs">
            <Image src={currentLogo} alt={t('office.logoCurrent')} h={40} w="auto" fit="contain" />
            <Button variant="subtle" color="red" size="xs" onClick={() => form.setFieldValue('logo', null)}>
              {t('office.logoRemove')}
            </Button>
          </Group>
        )}
      </Group>
    </Stack>
  );
}

/** Time zone, language, office hours, numbering and (optionally) security settings. */
export function OfficeSettingsFields({ form, withSecurity }: { form: Form; withSecurity: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('office.timeZone')}
          data={officeTimeZones.map((zone) => ({ value: zone, label: t(`zone.${zone}`) }))}
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <Select
          label={t('office.defaultLanguage')}
          data={languages.map((code) => ({ value: code, label: t(`language.${code}`) }))}
          allowDeselect={false}
          {...form.getInputProps('defaultLanguage')}
        />
      </SimpleGrid>
      <Text fw={500} size="sm">
        {t('office.officeHours')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <TextInput label={t('office.hoursStart')} type="time" {...form.getInputProps('officeHours.start')} />
        <TextInput label={t('office.hoursEnd')} type="time" {...form.getInputProps('officeHours.end')} />
      </SimpleGrid>
      <Checkbox.Group label={t('office.days')} {...form.getInputProps('officeHours.days')}>
        <Group mt={4}>
          {['1', '2', '3', '4', '5', '6', '7'].map((day) => (
            <Checkbox key={day} value={day} label={t(`weekday.${day}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('office.numberingPattern')}
          description={t('office.numberingHelp', { example: exampleNumber(form.getValues().numberingPattern) })}
          {...form.getInputProps('numberingPattern')}
        />
        <Select
          label={t('office.numberingReset')}
          data={[
            { value: 'yearly', label: t('office.resetYearly') },
            { value: 'never', label: t('office.resetNever') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('numberingReset')}
        />
      </SimpleGrid>
      {withSecurity && (
        <>
          <Title order={3} size="h5" mt="sm">
            {t('office.security')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('office.lockoutMinutes')}
              min={1}
              max={1440}
              {...form.getInputProps('security.lockoutMinutes')}
            />
            <NumberInput
              label={t('office.idleLockMinutes')}
              min={1}
              max={480}
              {...form.getInputProps('security.idleLockMinutes')}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
