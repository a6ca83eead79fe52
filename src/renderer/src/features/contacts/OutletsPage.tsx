import {
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outletTypes } from '../../../../shared/contacts/vocabulary';
import type { Outlet, OutletInput } from '../../../../shared/ipc/contacts';
import { rolesAllow } from '../../../../shared/permissions';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { useMe } from '../../components/useSession';
import { regionLabel, regionOptions, vocabularyOptions } from '../../components/contactLabels';
import { useOutlets } from './useContacts';
import { useCreateOutlet, useUpdateOutlet } from './useContactActions';

const emptyOutlet: Required<OutletInput> = {
  name: '',
  type: 'online',
  mediaGroup: '',
  regionCode: null,
  website: '',
  phone: '',
  email: '',
  notes: '',
};

/** Media outlets: the table, and a form to add or correct one. */
export function OutletsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const outlets = useOutlets();
  const [editing, setEditing] = useState<Outlet | 'new' | null>(null);
  const mayManage = rolesAllow(me.data?.roles ?? [], 'contacts.manage');
  return (
    <Stack>
      {mayManage && (
        <Group justify="flex-end">
          <Button onClick={() => setEditing('new')}>{t('contacts.outlets.new')}</Button>
        </Group>
      )}
      <Paper withBorder>
        <QueryState query={outlets}>
          {(items) =>
            items.length === 0 ? (
              <Text c="dimmed" size="sm" p="md">
                {t('contacts.outlets.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover aria-label={t('contacts.outlets.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('contacts.outlets.name')}</Table.Th>
                      <Table.Th>{t('contacts.outlets.type')}</Table.Th>
                      <Table.Th>{t('contacts.outlets.group')}</Table.Th>
                      <Table.Th>{t('contacts.outlets.region')}</Table.Th>
                      <Table.Th>{t('contacts.outlets.contacts')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((outlet) => (
                      <Table.Tr key={outlet.id}>
                        <Table.Td>
                          {mayManage ? (
                            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(outlet)}>
                              {outlet.name}
                            </Button>
                          ) : (
                            outlet.name
                          )}
                        </Table.Td>
                        <Table.Td>{t(`contacts.outletType.${outlet.type}`)}</Table.Td>
                        <Table.Td>{outlet.mediaGroup}</Table.Td>
                        <Table.Td>{outlet.regionCode ? regionLabel(outlet.regionCode) : ''}</Table.Td>
                        <Table.Td>{outlet.contactCount}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Paper>
      {editing && <OutletFormModal outlet={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function OutletFormModal({ outlet, onClose }: { outlet: Outlet | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOutlet();
  const update = useUpdateOutlet();
  const saving = outlet ? update : create;
  const [value, setValue] = useState<Required<OutletInput>>(() =>
    outlet
      ? {
          name: outlet.name,
          type: outlet.type,
          mediaGroup: outlet.mediaGroup,
          regionCode: outlet.regionCode,
          website: outlet.website,
          phone: outlet.phone,
          email: outlet.email,
          notes: outlet.notes,
        }
      : emptyOutlet,
  );
  const set = <K extends keyof OutletInput>(key: K, next: Required<OutletInput>[K]) =>
    setValue({ ...value, [key]: next });
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(t, saving.error)).map(([key, text]) => [key.replace(/^outlet\./, ''), text]),
  );
  const options = {
    onSuccess: onClose,
    onError: (error: unknown) => {
      if (!onlyFieldErrors(error)) notifyFailure(t, error);
    },
  };
  return (
    <Modal opened onClose={onClose} title={outlet ? t('contacts.outlets.edit') : t('contacts.outlets.new')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (outlet) update.mutate({ id: outlet.id, outlet: value }, options);
          else create.mutate(value, options);
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('contacts.outlets.name')}
              value={value.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
              required
            />
            <Select
              label={t('contacts.outlets.type')}
              data={vocabularyOptions(t, 'outletType', outletTypes)}
              value={value.type}
              onChange={(next) => next && set('type', next as OutletInput['type'])}
              allowDeselect={false}
            />
            <TextInput
              label={t('contacts.outlets.group')}
              value={value.mediaGroup}
              onChange={(e) => set('mediaGroup', e.currentTarget.value)}
            />
            <Select
              label={t('contacts.outlets.region')}
              data={regionOptions(t)}
              value={value.regionCode}
              onChange={(next) => set('regionCode', next)}
              searchable
              clearable
              limit={60}
            />
            <TextInput
              label={t('contacts.outlets.website')}
              value={value.website}
              onChange={(e) => set('website', e.currentTarget.value)}
            />
            <TextInput
              label={t('contacts.outlets.phone')}
              value={value.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
            />
            <TextInput
              label={t('contacts.outlets.email')}
              value={value.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={errors.email}
            />
          </SimpleGrid>
          <Textarea
            label={t('contacts.outlets.notes')}
            value={value.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <FormActions onCancel={onClose} submitLabel={t('contacts.save')} loading={saving.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
