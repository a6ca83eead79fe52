import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  beats,
  lawfulBases,
  positions,
  preferredChannels,
  socialPlatforms,
} from '../../../../shared/contacts/vocabulary';
import { emptyContactInput } from '../../../../shared/contacts/emptyContact';
import type { Contact, ContactInput, Outlet } from '../../../../shared/ipc/contacts';
import { contactLanguages, regionOptions, vocabularyOptions } from '../../components/contactLabels';
import { ReturnAfterErasure } from './ReturnAfterErasure';
import { DayField } from '../../components/when/DayField';

export type ContactDraft = Required<ContactInput>;

export const emptyContact = (today: string): ContactDraft => emptyContactInput(today);

/** A stored contact as form input (numbers in E.164, which the core reads back unchanged). */
export function contactToDraft(contact: Contact): ContactDraft {
  return {
    fullName: contact.fullName,
    affiliations: contact.affiliations.map(({ outletId, position, primary }) => ({ outletId, position, primary })),
    emails: contact.emails,
    phones: contact.phones.map(({ e164, whatsapp, label, primary }) => ({ number: e164, whatsapp, label, primary })),
    socials: contact.socials,
    beats: contact.beats,
    regions: contact.regions,
    tags: contact.tags,
    language: contact.language,
    accreditationNumber: contact.accreditationNumber,
    accreditationExpiry: contact.accreditationExpiry,
    preferredChannel: contact.preferredChannel,
    notes: contact.notes,
    active: contact.active,
    doNotContact: contact.doNotContact,
    lawfulBasis: contact.lawfulBasis,
    dataSource: contact.dataSource,
    collectedOn: contact.collectedOn,
    consentRecord: contact.consentRecord,
    retainUntil: contact.retainUntil,
    returnsAfterErasure: false,
  };
}

/** Every field of a contact, in the groups a Humas officer thinks in; errors keyed by field path. */
export function ContactForm({
  value,
  onChange,
  outlets,
  errors,
  readOnly,
}: {
  value: ContactDraft;
  onChange: (value: ContactDraft) => void;
  outlets: Outlet[];
  errors: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof ContactDraft>(key: K, next: ContactDraft[K]) => onChange({ ...value, [key]: next });
  const setItem = <K extends 'affiliations' | 'emails' | 'phones' | 'socials'>(
    key: K,
    index: number,
    changes: Partial<ContactDraft[K][number]>,
  ) => set(key, value[key].map((item, at) => (at === index ? { ...item, ...changes } : item)) as ContactDraft[K]);
  const remove = <K extends 'affiliations' | 'emails' | 'phones' | 'socials'>(key: K, index: number) =>
    set(key, value[key].filter((_, at) => at !== index) as ContactDraft[K]);
  const primaryOf = (items: { primary: boolean }[]) =>
    String(
      Math.max(
        0,
        items.findIndex((item) => item.primary),
      ),
    );
  const choosePrimary = <K extends 'affiliations' | 'emails' | 'phones'>(key: K, index: string) =>
    set(key, value[key].map((item, at) => ({ ...item, primary: String(at) === index })) as ContactDraft[K]);
  const removeButton = (key: 'affiliations' | 'emails' | 'phones' | 'socials', index: number, label: string) =>
    !readOnly && (
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => remove(key, index)} mb={4}>
        <IconTrash size={16} />
      </ActionIcon>
    );
  const date = (text: string) => (text ? text : null);

  return (
    <Stack>
      <Fieldset legend={t('contacts.form.person')} disabled={readOnly}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('contacts.form.fullName')}
            value={value.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={errors.fullName}
            required
          />
          <Select
            label={t('contacts.form.language')}
            data={contactLanguages.map((code) => ({ value: code, label: t(`contacts.languageName.${code}`) }))}
            value={value.language}
            onChange={(next) => next && set('language', next)}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('contacts.form.outlets')} disabled={readOnly}>
        <Radio.Group value={primaryOf(value.affiliations)} onChange={(index) => choosePrimary('affiliations', index)}>
          <Stack gap="xs">
            {value.affiliations.map((affiliation, index) => (
              <Group key={index} align="flex-end" wrap="nowrap">
                <Select
                  label={t('contacts.form.outlet')}
                  data={outlets.map((outlet) => ({ value: outlet.id, label: outlet.name }))}
                  value={affiliation.outletId}
                  onChange={(next) => next && setItem('affiliations', index, { outletId: next })}
                  error={errors[`affiliations.${index}.outletId`]}
                  searchable
                  flex={2}
                />
                <Select
                  label={t('contacts.form.position')}
                  data={vocabularyOptions(t, 'position', positions)}
                  value={affiliation.position}
                  onChange={(next) =>
                    next && setItem('affiliations', index, { position: next as typeof affiliation.position })
                  }
                  flex={1}
                />
                <Radio value={String(index)} label={t('contacts.form.primary')} mb={8} />
                {removeButton('affiliations', index, t('contacts.form.removeOutlet'))}
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        {!readOnly && outlets.length > 0 && (
          <Button
            variant="light"
            size="xs"
            mt="sm"
            onClick={() =>
              set('affiliations', [
                ...value.affiliations,
                { outletId: outlets[0]!.id, position: 'reporter', primary: value.affiliations.length === 0 },
              ])
            }
          >
            {t('contacts.form.addOutlet')}
          </Button>
        )}
      </Fieldset>

      <Fieldset legend={t('contacts.form.reach')} disabled={readOnly}>
        <Stack gap="xs">
          <Radio.Group value={primaryOf(value.emails)} onChange={(index) => choosePrimary('emails', index)}>
            <Stack gap="xs">
              {value.emails.map((email, index) => (
                <Group key={index} align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('contacts.form.email')}
                    type="email"
                    value={email.address}
                    onChange={(e) => setItem('emails', index, { address: e.currentTarget.value })}
                    error={errors[`emails.${index}.address`]}
                    flex={1}
                  />
                  <Radio value={String(index)} label={t('contacts.form.primary')} mb={8} />
                  {removeButton('emails', index, t('contacts.form.removeEmail'))}
                </Group>
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group value={primaryOf(value.phones)} onChange={(index) => choosePrimary('phones', index)}>
            <Stack gap="xs">
              {value.phones.map((phone, index) => (
                <Group key={index} align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('contacts.form.phone')}
                    type="tel"
                    value={phone.number}
                    onChange={(e) => setItem('phones', index, { number: e.currentTarget.value })}
                    error={errors[`phones.${index}.number`]}
                    description={t('contacts.form.phoneHint')}
                    flex={1}
                  />
                  <TextInput
                    label={t('contacts.form.phoneLabel')}
                    value={phone.label}
                    onChange={(e) => setItem('phones', index, { label: e.currentTarget.value })}
                    w={140}
                  />
                  <Checkbox
                    label="WhatsApp"
                    checked={phone.whatsapp}
                    onChange={(e) => setItem('phones', index, { whatsapp: e.currentTarget.checked })}
                    mb={8}
                  />
                  <Radio value={String(index)} label={t('contacts.form.primary')} mb={8} />
                  {removeButton('phones', index, t('contacts.form.removePhone'))}
                </Group>
              ))}
            </Stack>
          </Radio.Group>
          {value.socials.map((social, index) => (
            <Group key={index} align="flex-end" wrap="nowrap">
              <Select
                label={t('contacts.form.platform')}
                data={vocabularyOptions(t, 'platform', socialPlatforms)}
                value={social.platform}
                onChange={(next) => next && setItem('socials', index, { platform: next as typeof social.platform })}
                w={160}
              />
              <TextInput
                label={t('contacts.form.handle')}
                value={social.handle}
                onChange={(e) => setItem('socials', index, { handle: e.currentTarget.value })}
                error={errors[`socials.${index}.handle`]}
                flex={1}
              />
              {removeButton('socials', index, t('contacts.form.removeSocial'))}
            </Group>
          ))}
          {!readOnly && (
            <Group gap="xs">
              <Button
                variant="light"
                size="xs"
                onClick={() => set('emails', [...value.emails, { address: '', primary: value.emails.length === 0 }])}
              >
                {t('contacts.form.addEmail')}
              </Button>
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  set('phones', [
                    ...value.phones,
                    { number: '', whatsapp: true, label: '', primary: value.phones.length === 0 },
                  ])
                }
              >
                {t('contacts.form.addPhone')}
              </Button>
              <Button
                variant="light"
                size="xs"
                onClick={() => set('socials', [...value.socials, { platform: 'x', handle: '' }])}
              >
                {t('contacts.form.addSocial')}
              </Button>
            </Group>
          )}
          <Select
            label={t('contacts.form.preferredChannel')}
            data={vocabularyOptions(t, 'channel', preferredChannels)}
            value={value.preferredChannel}
            onChange={(next) => next && set('preferredChannel', next as ContactDraft['preferredChannel'])}
            allowDeselect={false}
            w={240}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('contacts.form.coverage')} disabled={readOnly}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MultiSelect
            label={t('contacts.form.beats')}
            data={vocabularyOptions(t, 'beat', beats)}
            value={value.beats}
            onChange={(next) => set('beats', next as ContactDraft['beats'])}
            searchable
          />
          <MultiSelect
            label={t('contacts.form.regions')}
            data={regionOptions(t)}
            value={value.regions}
            onChange={(next) => set('regions', next)}
            error={errors.regions}
            searchable
            limit={60}
          />
          <TagsInput
            label={t('contacts.form.tags')}
            value={value.tags}
            onChange={(next) => set('tags', next.map((tag) => tag.trim().toLowerCase()).filter(Boolean))}
            error={errors.tags}
          />
          <Group grow>
            <TextInput
              label={t('contacts.form.accreditationNumber')}
              value={value.accreditationNumber}
              onChange={(e) => set('accreditationNumber', e.currentTarget.value)}
            />
            <DayField
              label={t('contacts.form.accreditationExpiry')}
              value={value.accreditationExpiry ?? ''}
              onChange={(day) => set('accreditationExpiry', date(day))}
              error={errors.accreditationExpiry}
              disabled={readOnly}
            />
          </Group>
        </SimpleGrid>
        <Textarea
          label={t('contacts.form.notes')}
          value={value.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
          mt="sm"
        />
        <Group mt="sm">
          <Switch
            label={t('contacts.form.active')}
            checked={value.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
          />
          <Switch
            label={t('contacts.form.doNotContact')}
            color="red"
            checked={value.doNotContact}
            onChange={(e) => set('doNotContact', e.currentTarget.checked)}
          />
        </Group>
      </Fieldset>

      <Fieldset legend={t('contacts.form.personalData')} disabled={readOnly}>
        <ReturnAfterErasure
          errors={errors}
          checked={value.returnsAfterErasure}
          onChange={(checked) =>
            onChange({ ...value, returnsAfterErasure: checked, ...(checked ? { lawfulBasis: 'consent' } : {}) })
          }
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('contacts.form.lawfulBasis')}
            data={vocabularyOptions(t, 'lawfulBasis', lawfulBases)}
            value={value.lawfulBasis}
            onChange={(next) => next && set('lawfulBasis', next as ContactDraft['lawfulBasis'])}
            allowDeselect={false}
            error={errors.lawfulBasis}
          />
          <TextInput
            label={t('contacts.form.dataSource')}
            value={value.dataSource}
            onChange={(e) => set('dataSource', e.currentTarget.value)}
            error={errors.dataSource}
            required
          />
          <DayField
            label={t('contacts.form.collectedOn')}
            value={value.collectedOn}
            onChange={(day) => set('collectedOn', day)}
            error={errors.collectedOn}
            required
            disabled={readOnly}
          />
          <DayField
            label={t('contacts.form.retainUntil')}
            value={value.retainUntil ?? ''}
            onChange={(day) => set('retainUntil', date(day))}
            error={errors.retainUntil}
            disabled={readOnly}
          />
        </SimpleGrid>
        <Textarea
          label={t('contacts.form.consentRecord')}
          description={t('contacts.form.consentHint')}
          value={value.consentRecord}
          onChange={(e) => set('consentRecord', e.currentTarget.value)}
          autosize
          minRows={2}
          mt="sm"
        />
      </Fieldset>
    </Stack>
  );
}
