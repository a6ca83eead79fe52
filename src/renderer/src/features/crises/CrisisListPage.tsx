import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconBook, IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rolesAllow } from '../../../../shared/permissions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { phaseColors, severityColors } from '../../components/crisisLabels';
import { useCrisisList } from './useCrises';

const filters = ['open', 'closed', 'all'] as const;

/** Every crisis, open ones first by default, newest first signal first. */
export function CrisisListPage() {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const me = useMe();
  const [status, setStatus] = useState<(typeof filters)[number]>('open');
  const crises = useCrisisList(status);
  const mayManage = rolesAllow(me.data?.roles ?? [], 'crises.manage');
  return (
    <Stack>
      <PageHeader
        title={t('crises.title')}
        description={t('crises.description')}
        actions={
          <Group>
            <Button
              variant="default"
              component={Link}
              to="/crises/agencies"
              leftSection={<IconBuildingCommunity size={16} />}
            >
              {t('crises.agencies.title')}
            </Button>
            <Button variant="default" component={Link} to="/crises/playbook" leftSection={<IconBook size={16} />}>
              {t('crises.playbook.title')}
            </Button>
            {mayManage && (
              <Button component={Link} to="/crises/new" leftSection={<IconPlus size={16} />}>
                {t('crises.new')}
              </Button>
            )}
          </Group>
        }
      />
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => setStatus(value as (typeof filters)[number])}
        data={filters.map((value) => ({ value, label: t(`crises.filter.${value}`) }))}
      />
      <QueryState query={crises}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t(`crises.empty.${status}`)}
            </Text>
          ) : (
            <Table striped highlightOnHover aria-label={t('crises.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('crises.fields.title')}</Table.Th>
                  <Table.Th>{t('crises.fields.type')}</Table.Th>
                  <Table.Th>{t('crises.fields.severity')}</Table.Th>
                  <Table.Th>{t('crises.fields.phase')}</Table.Th>
                  <Table.Th>{t('crises.fields.firstSignalAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((crisis) => (
                  <Table.Tr key={crisis.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/crises/${crisis.id}`}>
                        {crisis.title}
                      </Anchor>
                      {crisis.status === 'closed' && (
                        <Badge ml="xs" color="gray" variant="outline" size="sm">
                          {t('crises.status.closed')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`crises.type.${crisis.type}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={severityColors[crisis.severity]} variant="light">
                        {t('crises.severityLevel', { level: crisis.severity })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={phaseColors[crisis.phase]}>{t(`crises.phase.${crisis.phase}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{format(crisis.firstSignalAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
