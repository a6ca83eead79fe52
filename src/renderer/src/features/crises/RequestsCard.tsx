import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses, type RequestStatus } from '../../../../shared/crises/vocabulary';
import type { CoordinationRequest, Crisis } from '../../../../shared/ipc/crises';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import { FormActions } from '../../components/FormActions';
import { showFormFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant, useOfficeZone } from '../../components/useOfficeTime';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { useAgencies, useNow, useRequests } from './useCrises';
import { useSaveRequest } from './useCrisisActions';
import { AddAgencyHere } from './AddAgencyHere';

const statusColors: Record<RequestStatus, string> = { open: 'blue', answered: 'teal', cancelled: 'gray' };

/** The coordination log: what the desk asked which agency, by when, and the answer. */
export function RequestsCard({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const requests = useRequests(crisis.id);
  const now = useNow(30_000).toISOString();
  const [editing, setEditing] = useState<CoordinationRequest | 'new' | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('crises.requests.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('crises.requests.title')}
        </Title>
        {editable && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            {t('crises.requests.add')}
          </Button>
        )}
      </Group>
      <QueryState query={requests}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('crises.requests.empty')}
            </Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('crises.requests.agency')}</Table.Th>
                  <Table.Th>{t('crises.requests.request')}</Table.Th>
                  <Table.Th>{t('crises.requests.dueAt')}</Table.Th>
                  <Table.Th>{t('crises.requests.status')}</Table.Th>
                  {editable && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => {
                  const overdue = item.status === 'open' && item.dueAt < now;
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>{item.agency.name}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.request}</Text>
                        {item.response && (
                          <Text size="xs" c="dimmed">
                            {t('crises.requests.answer')}: {item.response}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                          {format(item.dueAt)}
                          {overdue && ` · ${t('crises.requests.overdue')}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={statusColors[item.status]} variant="light">
                          {t(`crises.requests.statuses.${item.status}`)}
                        </Badge>
                      </Table.Td>
                      {editable && (
                        <Table.Td>
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(item)}>
                            {t('crises.requests.update')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {editing && (
        <RequestModal
          crisisId={crisis.id}
          request={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}

function RequestModal({
  crisisId,
  request,
  onClose,
}: {
  crisisId: string;
  request: CoordinationRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState<string | null>(request?.agency.id ?? null);
  const [text, setText] = useState(request?.request ?? '');
  const [due, setDue] = useState<{ at: string; zone: OfficeTimeZone } | null>(() => {
    if (request) return { at: request.dueAt, zone };
    const inAnHour = new Date(Date.now() + 3_600_000);
    inAnHour.setSeconds(0, 0);
    return { at: inAnHour.toISOString(), zone };
  });
  const [status, setStatus] = useState<RequestStatus>(request?.status ?? 'open');
  const [response, setResponse] = useState(request?.response ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveRequest();
  return (
    <Modal opened onClose={onClose} title={request ? t('crises.requests.update') : t('crises.requests.add')}>
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            {
              id: request?.id ?? null,
              crisisId,
              agencyId: agencyId ?? '',
              request: text,
              dueAt: due?.at ?? '',
              status,
              response,
            },
            {
              onSuccess: onClose,
              onError: (error) => showFormFailure(t, error, setErrors),
            },
          );
        }}
      >
        <Select
          label={t('crises.requests.agency')}
          data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
          value={agencyId}
          onChange={setAgencyId}
          searchable
          required
          error={errors.agencyId}
          description={request === null && <AddAgencyHere onAdded={setAgencyId} />}
        />
        <Textarea
          label={t('crises.requests.request')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.request}
          required
          autosize
          minRows={2}
        />
        <ZonedTimeField label={t('crises.requests.dueAt')} value={due} defaultZone={zone} onChange={setDue} />
        {request && (
          <>
            <SegmentedControl
              aria-label={t('crises.requests.status')}
              value={status}
              onChange={(value) => setStatus(value as RequestStatus)}
              data={requestStatuses.map((value) => ({ value, label: t(`crises.requests.statuses.${value}`) }))}
            />
            <Textarea
              label={t('crises.requests.answer')}
              value={response}
              onChange={(event) => setResponse(event.currentTarget.value)}
              autosize
              minRows={2}
            />
          </>
        )}
        <FormActions onCancel={onClose} submitLabel={t('crises.requests.save')} loading={save.isPending} />
      </Stack>
    </Modal>
  );
}
