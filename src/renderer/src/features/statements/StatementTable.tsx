import { Anchor, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementSummary } from '../../../../shared/ipc/statements';
import { StatusBadge } from './StatusBadge';
import { stepRolesLabel } from './stepRoles';

/** Statements as rows; the title links to the statement. Pure: driven by props. */
export function StatementTable({
  items,
  formatInstant,
  label,
  onDecide,
}: {
  items: StatementSummary[];
  /** Offers "Putuskan" on each row, opening the decision drawer where the person is. */
  onDecide?: (statementId: string) => void;
  /** The table's accessible name. */
  label: string;
  formatInstant: (iso: string) => string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="md">
        {t('statements.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={onDecide ? 880 : 760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.columns.title')}</Table.Th>
            <Table.Th>{t('statements.columns.number')}</Table.Th>
            <Table.Th>{t('statements.columns.kind')}</Table.Th>
            <Table.Th>{t('statements.columns.status')}</Table.Th>
            <Table.Th>{t('statements.columns.author')}</Table.Th>
            <Table.Th>{t('statements.columns.updated')}</Table.Th>
            {onDecide && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/statements/${item.id}`} fw={500}>
                  {item.title}
                </Anchor>
                {item.pendingStep && (
                  <Text size="xs" c="dimmed">
                    {t('statements.waitingFor', { role: stepRolesLabel(t, item.pendingStep.roles) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.number ?? '—'}</Table.Td>
              <Table.Td>{t(`statements.kind.${item.kind}`)}</Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.author.fullName}</Table.Td>
              <Table.Td>{formatInstant(item.updatedAt)}</Table.Td>
              {onDecide && (
                <Table.Td>
                  <Button
                    size="xs"
                    onClick={() => onDecide(item.id)}
                    aria-label={t('statements.decision.openFor', { title: item.title })}
                  >
                    {t('statements.decision.open')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
