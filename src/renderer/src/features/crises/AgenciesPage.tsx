import { notifications } from '@mantine/notifications';
import {
  ActionIcon,
  Anchor,
  Badge,
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
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agencyKinds, type AgencyKind } from '../../../../shared/crises/vocabulary';
import type { Agency } from '../../../../shared/ipc/crises';
import { rolesAllow } from '../../../../shared/permissions';
import { FormActions } from '../../components/FormActions';
import { showFormFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { regionLabel, regionOptions } from '../../components/contactLabels';
import { useMe } from '../../components/useSession';
import { useAgencies } from './useCrises';
import { useSaveAgency } from './useCrisisActions';

/** The directory of agencies the desk coordinates with, each with its liaison contacts. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = useAgencies();
  const mayManage = rolesAllow(me.data?.roles ?? [], 'crises.manage');
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  return (
    <Stack>
      <Anchor component={Link} to="/crises" size="sm">
        {t('crises.back')}
      </Anchor>
      <PageHeader
        title={t('crises.agencies.title')}
        description={t('crises.agencies.description')}
        actions={
          mayManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('crises.agencies.add')}
            </Button>
          )
        }
      />
      <QueryState query={agencies}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('crises.agencies.empty')}
            </Text>
          ) : (
            <Table striped aria-label={t('crises.agencies.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('crises.agencies.name')}</Table.Th>
                  <Table.Th>{t('crises.agencies.kind')}</Table.Th>
                  <Table.Th>{t('crises.agencies.contact')}</Table.Th>
                  <Table.Th>{t('crises.agencies.liaisons')}</Table.Th>
                  {mayManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((agency) => (
                  <Table.Tr key={agency.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {agency.name}
                      </Text>
                      {agency.regionCode && (
                        <Text size="xs" c="dimmed">
                          {regionLabel(agency.regionCode)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`crises.agencyKind.${agency.kind}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{[agency.phone, agency.email].filter(Boolean).join(' · ') || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      {agency.liaisons.map((person, index) => (
                        <Text key={index} size="sm">
                          {person.name}
                          {person.position && ` (${person.position})`}
                          {(person.phone || person.email) &&
                            ` · ${[person.phone, person.email].filter(Boolean).join(' · ')}`}
                        </Text>
                      ))}
                    </Table.Td>
                    {mayManage && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('crises.agencies.edit', { name: agency.name })}
                          onClick={() => setEditing(agency)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {editing && <AgencyModal agency={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

type Liaison = Agency['liaisons'][number];

/** An agency's record with its liaisons; `onSaved` gets the saved agency (a picker selects a new one). */
export function AgencyModal({
  agency,
  onClose,
  onSaved,
}: {
  agency: Agency | null;
  onClose: () => void;
  onSaved?: (agency: Agency) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(agency?.name ?? '');
  const [kind, setKind] = useState<AgencyKind>(agency?.kind ?? 'disaster_agency');
  const [regionCode, setRegionCode] = useState<string | null>(agency?.regionCode ?? null);
  const [phone, setPhone] = useState(agency?.phone ?? '');
  const [email, setEmail] = useState(agency?.email ?? '');
  const [notes, setNotes] = useState(agency?.notes ?? '');
  const [liaisons, setLiaisons] = useState<Liaison[]>(agency?.liaisons ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAgency();
  const setLiaison = (index: number, changes: Partial<Liaison>) =>
    setLiaisons(liaisons.map((person, at) => (at === index ? { ...person, ...changes } : person)));
  return (
    <Modal opened onClose={onClose} title={agency ? agency.name : t('crises.agencies.add')} size="lg">
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          // Opened from another form (a stakeholder's), its submit must not reach that form through the portal.
          event.stopPropagation();
          save.mutate(
            { id: agency?.id ?? null, name, kind, regionCode, phone, email, notes, liaisons },
            {
              onSuccess: (saved) => {
                notifications.show({ message: t('crises.agencies.saved', { name: saved.name }), color: 'teal' });
                onSaved?.(saved);
                onClose();
              },
              onError: (error) => showFormFailure(t, error, setErrors),
            },
          );
        }}
      >
        <TextInput
          label={t('crises.agencies.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('crises.agencies.kind')}
            data={agencyKinds.map((value) => ({ value, label: t(`crises.agencyKind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as AgencyKind)}
            allowDeselect={false}
          />
          <Select
            label={t('crises.agencies.region')}
            data={regionOptions(t)}
            value={regionCode}
            onChange={setRegionCode}
            searchable
            clearable
            limit={60}
            error={errors.regionCode}
          />
          <TextInput
            label={t('crises.agencies.phone')}
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={errors.phone}
          />
          <TextInput
            label={t('crises.agencies.email')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
          />
        </SimpleGrid>
        <Textarea
          label={t('crises.agencies.notes')}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Text size="sm" fw={500}>
          {t('crises.agencies.liaisons')}
        </Text>
        {liaisons.map((person, index) => (
          <Paper key={index} withBorder p="xs">
            <Group align="flex-end" wrap="nowrap">
              <SimpleGrid cols={2} style={{ flex: 1 }}>
                <TextInput
                  label={t('crises.agencies.liaisonName')}
                  required
                  value={person.name}
                  onChange={(event) => setLiaison(index, { name: event.currentTarget.value })}
                  error={errors[`liaisons.${index}.name`]}
                />
                <TextInput
                  label={t('crises.agencies.position')}
                  value={person.position}
                  onChange={(event) => setLiaison(index, { position: event.currentTarget.value })}
                />
                <TextInput
                  label={t('crises.agencies.phone')}
                  value={person.phone}
                  onChange={(event) => setLiaison(index, { phone: event.currentTarget.value })}
                />
                <TextInput
                  label={t('crises.agencies.email')}
                  value={person.email}
                  onChange={(event) => setLiaison(index, { email: event.currentTarget.value })}
                  error={errors[`liaisons.${index}.email`]}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('crises.agencies.removeLiaison')}
                onClick={() => setLiaisons(liaisons.filter((_, at) => at !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => setLiaisons([...liaisons, { name: '', position: '', phone: '', email: '' }])}
        >
          {t('crises.agencies.addLiaison')}
        </Button>
        <FormActions onCancel={onClose} submitLabel={t('crises.agencies.save')} loading={save.isPending} />
      </Stack>
    </Modal>
  );
}
