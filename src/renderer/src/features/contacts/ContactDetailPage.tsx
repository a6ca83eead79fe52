import { Alert, Anchor, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { rolesAllow } from '../../../../shared/permissions';
import type { Contact } from '../../../../shared/ipc/contacts';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { downloadBase64 } from '../../components/download';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { useFormatInstant, useOfficeToday } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { ContactForm, contactToDraft, emptyContact, type ContactDraft } from './ContactForm';
import { EraseContactModal } from './EraseContactModal';
import { OptOutModal } from './OptOutModal';
import { ContactMessages } from './ContactMessages';
import { useContact, useOutlets } from './useContacts';
import { useCreateContact, useUpdateContact } from './useContactActions';

/** `/contacts/new` and `/contacts/:id`: the whole record, editable by those who manage contacts. */
export function ContactDetailPage() {
  const { id = 'new' } = useParams();
  if (id === 'new') return <ContactEditor contact={null} />;
  return <ExistingContact id={id} />;
}

function ExistingContact({ id }: { id: string }) {
  const contact = useContact(id);
  return <QueryState query={contact}>{(data) => <ContactEditor key={data.updatedAt} contact={data} />}</QueryState>;
}

/** Core errors name paths from the input (`contact.emails.0.address` on update); the form's are without the prefix. */
function formErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, value]) => [key.replace(/^contact\./, ''), value]));
}

function ContactEditor({ contact }: { contact: Contact | null }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const me = useMe();
  const outlets = useOutlets();
  const roles = me.data?.roles ?? [];
  const mayManage = rolesAllow(roles, 'contacts.manage');
  const mayErase = rolesAllow(roles, 'contacts.erase');
  const today = useOfficeToday();
  const formatInstant = useFormatInstant();
  const [draft, setDraft] = useState<ContactDraft>(() => (contact ? contactToDraft(contact) : emptyContact(today)));
  const [erasing, setErasing] = useState(false);
  const [optingOut, setOptingOut] = useState(false);
  const create = useCreateContact();
  const update = useUpdateContact();
  const saving = contact ? update : create;
  const errors = formErrors(fieldErrors(t, saving.error));
  const onError = (error: unknown) => {
    if (!onlyFieldErrors(error)) notifyFailure(t, error);
  };
  const save = () => {
    const done = (saved: Contact) => {
      notifications.show({ message: t('contacts.saved'), color: 'green' });
      if (!contact) void navigate(`/contacts/${saved.id}`, { replace: true });
    };
    if (contact) update.mutate({ id: contact.id, contact: draft }, { onSuccess: done, onError });
    else create.mutate(draft, { onSuccess: done, onError });
  };
  const exportPersonalData = async (format: 'json' | 'pdf') => {
    if (!contact) return;
    try {
      const file = await callOrThrow(api, 'contacts.exportPersonalData', {
        id: contact.id,
        format,
        language: i18n.language === 'en' ? 'en' : 'id',
      });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    } catch (error) {
      notifyFailure(t, error);
    }
  };

  return (
    <Stack>
      <Anchor component={Link} to="/contacts" size="sm">
        {t('contacts.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>{contact ? contact.fullName : t('contacts.new')}</Title>
          {contact && (
            <Text size="sm" c="dimmed">
              {t('contacts.lastContacted', {
                when: contact.lastContactedAt ? formatInstant(contact.lastContactedAt) : t('contacts.never'),
              })}
            </Text>
          )}
        </div>
        {contact && mayManage && (
          <Group gap="xs">
            {!contact.optOut && (
              <Button variant="default" onClick={() => setOptingOut(true)}>
                {t('contacts.optOut.button')}
              </Button>
            )}
            <Menu>
              <Menu.Target>
                <Button variant="default">{t('contacts.personalData.button')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exportPersonalData('pdf')}>{t('contacts.personalData.pdf')}</Menu.Item>
                <Menu.Item onClick={() => void exportPersonalData('json')}>{t('contacts.personalData.json')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            {mayErase && (
              <Button color="red" variant="light" onClick={() => setErasing(true)}>
                {t('contacts.erase.button')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {contact?.optOut && (
        <Alert color="orange">
          {t('contacts.optOut.standing', {
            time: formatInstant(contact.optOut.at),
            via: t(`contacts.optOut.channel.${contact.optOut.via}`),
          })}
        </Alert>
      )}
      <ContactForm
        value={draft}
        onChange={setDraft}
        outlets={(outlets.data ?? []).filter((outlet) => !outlet.archived)}
        errors={errors}
        readOnly={!mayManage}
      />
      {mayManage && (
        <Group justify="flex-end">
          <Button onClick={save} loading={saving.isPending}>
            {t('contacts.save')}
          </Button>
        </Group>
      )}
      {contact && <ContactMessages contactId={contact.id} />}
      {contact && optingOut && (
        <OptOutModal
          contact={contact}
          opened
          onClose={() => setOptingOut(false)}
          onRecorded={() => {
            setOptingOut(false);
            notifications.show({ message: t('contacts.optOut.done'), color: 'green' });
          }}
        />
      )}
      {contact && erasing && (
        <EraseContactModal
          id={contact.id}
          name={contact.fullName}
          opened
          onClose={() => setErasing(false)}
          onErased={() => {
            notifications.show({ message: t('contacts.erase.done'), color: 'green' });
            void navigate('/contacts', { replace: true });
          }}
        />
      )}
    </Stack>
  );
}
