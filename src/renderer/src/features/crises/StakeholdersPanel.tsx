import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddAgencyHere } from './AddAgencyHere';
import type { Crisis, Stakeholder } from '../../../../shared/ipc/crises';
import { FormActions } from '../../components/FormActions';
import { notifyFailure, showFormFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { RequestsCard } from './RequestsCard';
import { useAgencies, useStakeholders } from './useCrises';
import { useRemoveStakeholder, useSaveStakeholder } from './useCrisisActions';

const levels = [3, 2, 1] as const;

/** Who is involved: the influence × interest grid, each agency's role and responsibility, and the coordination log. */
export function StakeholdersPanel({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders(crisis.id);
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
  const remove = useRemoveStakeholder();
  return (
    <Stack>
      <QueryState query={stakeholders}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Paper withBorder p="md" component="section" aria-label={t('crises.stakeholders.grid')}>
              <Title order={3} size="h5" mb="xs">
                {t('crises.stakeholders.grid')}
              </Title>
              <Group align="stretch" wrap="nowrap" gap="xs">
                <Text
                  size="xs"
                  c="dimmed"
                  style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}
                >
                  {t('crises.stakeholders.influence')} →
                </Text>
                <Stack gap={4} style={{ flex: 1 }}>
                  {levels.map((influence) => (
                    <SimpleGrid key={influence} cols={3} spacing={4}>
                      {[1, 2, 3].map((interest) => {
                        const here = items.filter((item) => item.influence === influence && item.interest === interest);
                        return (
                          <Paper
                            key={interest}
                            p={6}
                            mih={64}
                            bg={
                              influence >= 2 && interest >= 2
                                ? 'var(--mantine-color-blue-0)'
                                : 'var(--mantine-color-gray-0)'
                            }
                            aria-label={t('crises.stakeholders.cell', { influence, interest })}
                          >
                            {here.map((item) => (
                              <Text key={item.id} size="xs" fw={500}>
                                {item.agency.name}
                              </Text>
                            ))}
                          </Paper>
                        );
                      })}
                    </SimpleGrid>
                  ))}
                  <Text size="xs" c="dimmed" ta="center">
                    {t('crises.stakeholders.interest')} →
                  </Text>
                </Stack>
              </Group>
              <Text size="xs" c="dimmed" mt="xs">
                {t('crises.stakeholders.gridHint')}
              </Text>
            </Paper>
            <Paper withBorder p="md" component="section" aria-label={t('crises.stakeholders.title')}>
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5">
                  {t('crises.stakeholders.title')}
                </Title>
                {editable && (
                  <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
                    {t('crises.stakeholders.add')}
                  </Button>
                )}
              </Group>
              {items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('crises.stakeholders.empty')}
                </Text>
              ) : (
                <Table>
                  <Table.Tbody>
                    {items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {item.agency.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {[item.role, item.responsibility].filter(Boolean).join(' — ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" size="sm">
                            {t('crises.stakeholders.levels', { influence: item.influence, interest: item.interest })}
                          </Badge>
                        </Table.Td>
                        {editable && (
                          <Table.Td>
                            <Group gap={2} wrap="nowrap">
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('crises.stakeholders.edit', { name: item.agency.name })}
                                onClick={() => setEditing(item)}
                              >
                                <IconPencil size={14} />
                              </ActionIcon>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t('crises.stakeholders.remove', { name: item.agency.name })}
                                onClick={() =>
                                  remove.mutate(
                                    { crisisId: crisis.id, agencyId: item.agency.id },
                                    { onError: (error) => notifyFailure(t, error) },
                                  )
                                }
                              >
                                <IconTrash size={14} />
                              </ActionIcon>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </SimpleGrid>
        )}
      </QueryState>
      <RequestsCard crisis={crisis} editable={editable} />
      {editing && (
        <StakeholderModal
          crisisId={crisis.id}
          stakeholder={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function StakeholderModal({
  crisisId,
  stakeholder,
  onClose,
}: {
  crisisId: string;
  stakeholder: Stakeholder | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState<string | null>(stakeholder?.agency.id ?? null);
  const [role, setRole] = useState(stakeholder?.role ?? '');
  const [responsibility, setResponsibility] = useState(stakeholder?.responsibility ?? '');
  const [influence, setInfluence] = useState(String(stakeholder?.influence ?? 2));
  const [interest, setInterest] = useState(String(stakeholder?.interest ?? 2));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveStakeholder();
  const scale = [1, 2, 3].map((level) => ({ value: String(level), label: t(`crises.stakeholders.level.${level}`) }));
  return (
    <Modal opened onClose={onClose} title={stakeholder ? stakeholder.agency.name : t('crises.stakeholders.add')}>
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            {
              crisisId,
              agencyId: agencyId ?? '',
              role,
              responsibility,
              influence: Number(influence),
              interest: Number(interest),
            },
            {
              onSuccess: onClose,
              onError: (error) => showFormFailure(t, error, setErrors),
            },
          );
        }}
      >
        <Select
          label={t('crises.stakeholders.agency')}
          data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
          value={agencyId}
          onChange={setAgencyId}
          disabled={stakeholder !== null}
          searchable
          required
          error={errors.agencyId}
          description={<AddAgencyHere onAdded={setAgencyId} />}
        />
        <TextInput
          label={t('crises.stakeholders.role')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value)}
        />
        <Textarea
          label={t('crises.stakeholders.responsibility')}
          value={responsibility}
          onChange={(event) => setResponsibility(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Text size="sm" fw={500}>
          {t('crises.stakeholders.influence')}
        </Text>
        <SegmentedControl
          aria-label={t('crises.stakeholders.influence')}
          value={influence}
          onChange={setInfluence}
          data={scale}
        />
        <Text size="sm" fw={500}>
          {t('crises.stakeholders.interest')}
        </Text>
        <SegmentedControl
          aria-label={t('crises.stakeholders.interest')}
          value={interest}
          onChange={setInterest}
          data={scale}
        />
        <FormActions onCancel={onClose} submitLabel={t('crises.stakeholders.save')} loading={save.isPending} />
      </Stack>
    </Modal>
  );
}
