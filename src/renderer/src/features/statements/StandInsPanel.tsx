import { Button, Group, Modal, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolesAllow } from '../../../../shared/permissions';
import { approvalStepRoles } from '../../../../shared/statements/workflow';
import type { ZonedInstant } from '../../../../shared/time/zonedInstant';
import { useChannelQuery } from '../../api/channelQueries';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { fieldErrors } from '../../i18n/fieldErrors';
import { useFormatInstant, useOfficeZone } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { usePeople } from './useStatements';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { useNameStandIn, useRevokeStandIn } from './useStatementActions';

/**
 * Stand-ins: an approver away for a period names who decides in their name meanwhile, so nothing
 * waits on an empty desk. Shown to whoever decides (their own) and to administrators (everyone's).
 */
export function StandInsPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const decides = roles.some((role) => (approvalStepRoles as readonly string[]).includes(role));
  const isAdmin = rolesAllow(roles, 'office.manage');
  const standIns = useChannelQuery('statements.standIns', {}, { enabled: decides || isAdmin });
  const revoke = useRevokeStandIn();
  const format = useFormatInstant();
  const [naming, setNaming] = useState(false);
  if (!decides && !isAdmin) return null;
  const shown = (standIns.data ?? []).filter(
    (row) => isAdmin || row.account.id === me.data?.id || row.standIn.id === me.data?.id,
  );
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('standIns.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('standIns.title')}
        </Title>
        <Button size="xs" variant="light" onClick={() => setNaming(true)}>
          {t('standIns.name')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('standIns.hint')}
      </Text>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('standIns.none')}
        </Text>
      ) : (
        <Table aria-label={t('standIns.title')}>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  {t('standIns.row', {
                    standIn: row.standIn.fullName,
                    account: row.account.fullName,
                    from: format(row.startsAt),
                    until: format(row.endsAt),
                  })}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => revoke.mutate({ id: row.id }, { onError: (error) => notifyFailure(t, error) })}
                  >
                    {t('standIns.end')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {naming && me.data && (
        <NameStandInModal accountId={me.data.id} mayChooseAccount={isAdmin} onClose={() => setNaming(false)} />
      )}
    </Paper>
  );
}

export function NameStandInModal({
  accountId,
  mayChooseAccount,
  onClose,
}: {
  accountId: string;
  mayChooseAccount: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const people = usePeople();
  const zone = useOfficeZone();
  const name = useNameStandIn();
  const [principal, setPrincipal] = useState(accountId);
  const [standInId, setStandInId] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState<ZonedInstant | null>(() => ({
    at: new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString(),
    zone,
  }));
  const [endsAt, setEndsAt] = useState<ZonedInstant | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = (people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }));
  const submit = () =>
    name.mutate(
      { accountId: principal, standInId: standInId ?? '', startsAt: startsAt?.at ?? '', endsAt: endsAt?.at ?? '' },
      {
        onSuccess: () => {
          notifications.show({ message: t('standIns.named'), color: 'teal' });
          onClose();
        },
        onError: (error) => {
          setErrors(fieldErrors(t, error));
          notifyFailure(t, error);
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('standIns.name')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {mayChooseAccount && (
            <Select
              label={t('standIns.account')}
              data={options}
              value={principal}
              onChange={(value) => value && setPrincipal(value)}
              searchable
              allowDeselect={false}
              error={errors['accountId']}
            />
          )}
          <Select
            label={t('standIns.standIn')}
            data={options.filter((option) => option.value !== principal)}
            value={standInId}
            onChange={setStandInId}
            searchable
            error={errors['standInId']}
          />
          <ZonedTimeField label={t('standIns.from')} value={startsAt} defaultZone={zone} onChange={setStartsAt} />
          <ZonedTimeField label={t('standIns.until')} value={endsAt} defaultZone={zone} onChange={setEndsAt} />
          {errors['endsAt'] && (
            <Text size="sm" c="red">
              {errors['endsAt']}
            </Text>
          )}
          <FormActions onCancel={onClose} submitLabel={t('standIns.save')} loading={name.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
