import { Autocomplete, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { outletTypes, type OutletType } from '../../../../shared/contacts/vocabulary';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyContactInput } from '../../../../shared/contacts/emptyContact';
import type { Conference } from '../../../../shared/ipc/conferences';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { PeoplePicker } from '../../components/PeoplePicker';
import { ReturnAfterErasure, useOutlets } from '../contacts/public';
import { useOfficeToday } from '../../components/useOfficeTime';
import { useEventTime } from './useEventTime';
import { useWalkIn } from './useConferenceActions';

/**
 * Someone at the door without an invitation: a person already in the contacts, or a new contact
 * made there and then, with where their data came from and their consent (UU 27/2022).
 */
export function WalkInModal({ conference, onClose }: { conference: Conference; onClose: () => void }) {
  const { t } = useTranslation();
  const today = useOfficeToday();
  const eventTime = useEventTime();
  const outlets = useOutlets();
  const walkIn = useWalkIn();
  const [mode, setMode] = useState<'existing' | 'new'>('new');
  const [existing, setExisting] = useState<string[]>([]);
  const [fullName, setFullName] = useState('');
  // Typed freely: an outlet of the address book by its name, or a new one made with the person.
  const [outletName, setOutletName] = useState('');
  const [outletType, setOutletType] = useState<OutletType>('print');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [dataSource, setDataSource] = useState(
    t('conferences.walkIn.defaultSource', { title: conference.title, time: eventTime(conference) }),
  );
  const [consent, setConsent] = useState(t('conferences.walkIn.defaultConsent'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [returns, setReturns] = useState(false);

  const knownOutlet = (outlets.data ?? []).find(
    (outlet) => outlet.name.trim().toLowerCase() === outletName.trim().toLowerCase(),
  );
  const outletId = knownOutlet?.id ?? null;
  const newOutlet = !knownOutlet && outletName.trim() ? { name: outletName.trim(), type: outletType } : null;
  const submit = () =>
    walkIn.mutate(
      mode === 'existing'
        ? { conferenceId: conference.id, contactId: existing[0] ?? null, contact: null }
        : {
            conferenceId: conference.id,
            contactId: null,
            newOutlet,
            contact: {
              ...emptyContactInput(today),
              fullName,
              affiliations: outletId ? [{ outletId, position: 'reporter', primary: true }] : [],
              emails: email ? [{ address: email, primary: true }] : [],
              phones: phone ? [{ number: phone, whatsapp: false, label: '', primary: true }] : [],
              lawfulBasis: 'consent',
              dataSource,
              consentRecord: consent,
              returnsAfterErasure: returns,
            },
          },
      {
        onSuccess: (invitee) => {
          notifications.show({ message: t('conferences.walkIn.added', { name: invitee.name ?? '' }), color: 'teal' });
          onClose();
        },
        onError: (error) => {
          setErrors(fieldErrors(t, error));
          if (!onlyFieldErrors(error)) notifyFailure(t, error);
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('conferences.walkIn.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as 'existing' | 'new')}
            data={[
              { value: 'new', label: t('conferences.walkIn.new') },
              { value: 'existing', label: t('conferences.walkIn.existing') },
            ]}
          />
          {mode === 'existing' ? (
            <PeoplePicker
              label={t('conferences.walkIn.person')}
              value={existing}
              onChange={(ids) => setExisting(ids.slice(-1))}
            />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('contacts.form.fullName')}
                  required
                  value={fullName}
                  error={errors['contact.fullName']}
                  onChange={(event) => setFullName(event.currentTarget.value)}
                />
                <Autocomplete
                  label={t('conferences.walkIn.outlet')}
                  description={newOutlet ? t('conferences.walkIn.newOutlet') : undefined}
                  data={[...new Set((outlets.data ?? []).map((outlet) => outlet.name))]}
                  value={outletName}
                  onChange={setOutletName}
                  error={errors['newOutlet.name']}
                />
                {newOutlet && (
                  <Select
                    label={t('conferences.walkIn.outletType')}
                    data={outletTypes.map((value) => ({ value, label: t(`contacts.outletType.${value}`) }))}
                    value={outletType}
                    onChange={(value) => value && setOutletType(value as OutletType)}
                    allowDeselect={false}
                  />
                )}
                <TextInput
                  label={t('conferences.walkIn.email')}
                  type="email"
                  value={email}
                  error={errors['contact.emails.0.address']}
                  onChange={(event) => setEmail(event.currentTarget.value)}
                />
                <TextInput
                  label={t('conferences.walkIn.phone')}
                  value={phone}
                  error={errors['contact.phones.0.number']}
                  onChange={(event) => setPhone(event.currentTarget.value)}
                />
              </SimpleGrid>
              <TextInput
                label={t('conferences.walkIn.source')}
                required
                value={dataSource}
                error={errors['contact.dataSource']}
                onChange={(event) => setDataSource(event.currentTarget.value)}
              />
              <TextInput
                label={t('conferences.walkIn.consent')}
                value={consent}
                onChange={(event) => setConsent(event.currentTarget.value)}
              />
              <ReturnAfterErasure errors={errors} checked={returns} onChange={setReturns} />
              <Text size="xs" c="dimmed">
                {t('conferences.walkIn.privacy')}
              </Text>
            </>
          )}
          <FormActions onCancel={onClose} submitLabel={t('conferences.walkIn.submit')} loading={walkIn.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
