import { Anchor, Badge, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateAction, ImportReport } from '../../../../shared/ipc/contactImport';

const outcomeColor = { created: 'green', merged: 'blue', skipped: 'gray', failed: 'red' } as const;

/**
 * An import's report: the totals, then every row worth a look (failures with their reasons,
 * duplicates with whom they match). During the review step each duplicate gets its own choice.
 * Pure: driven by props.
 */
export function ImportReportView({
  report,
  rowActions,
  defaultAction,
  onRowAction,
}: {
  report: ImportReport;
  rowActions?: Record<string, DuplicateAction>;
  defaultAction?: DuplicateAction;
  onRowAction?: (line: number, action: DuplicateAction) => void;
}) {
  const { t } = useTranslation();
  const { totals } = report;
  const figure = (key: 'rows' | 'created' | 'merged' | 'skipped' | 'failed', value: number) => (
    <Stack gap={0} key={key}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`contacts.import.totals.${key}`)}
      </Text>
    </Stack>
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 5 }} aria-label={t('contacts.import.totalsLabel')}>
        {figure('rows', totals.rows)}
        {figure('created', totals.created)}
        {figure('merged', totals.merged)}
        {figure('skipped', totals.skipped)}
        {figure('failed', totals.failed)}
      </SimpleGrid>
      {report.dryRun && (
        <Text size="sm" c="dimmed">
          {t('contacts.import.dryRunNote')}
        </Text>
      )}
      {report.rows.length > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <Table striped aria-label={t('contacts.import.rowsLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.import.line')}</Table.Th>
                <Table.Th>{t('contacts.columns.name')}</Table.Th>
                <Table.Th>{t('contacts.import.outcome')}</Table.Th>
                <Table.Th>{t('contacts.import.problems')}</Table.Th>
                <Table.Th>{t('contacts.import.duplicateOf')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.name || '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColor[row.outcome]} variant="light">
                      {t(`contacts.import.outcomeName.${row.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {row.problems.map((problem, index) => (
                        <Text size="xs" key={index}>
                          {t(`contacts.import.problem.${problem.code}`)}
                          {problem.value && `: ${problem.value}`}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {row.duplicate && (
                      <Stack gap={4}>
                        <Group gap={4}>
                          {row.duplicate.id ? (
                            <Anchor component={Link} to={`/contacts/${row.duplicate.id}`} size="sm" target="_blank">
                              {row.duplicate.name}
                            </Anchor>
                          ) : (
                            <Text size="sm">{t('contacts.import.earlierRow', { name: row.duplicate.name })}</Text>
                          )}
                          <Text size="xs" c="dimmed">
                            ({t(`contacts.import.reason.${row.duplicate.reason}`)})
                          </Text>
                        </Group>
                        {onRowAction && (
                          <SegmentedControl
                            size="xs"
                            aria-label={t('contacts.import.rowAction', { line: row.line })}
                            value={rowActions?.[String(row.line)] ?? defaultAction ?? 'skip'}
                            onChange={(value) => onRowAction(row.line, value as DuplicateAction)}
                            data={(['skip', 'merge', 'create'] as const).map((value) => ({
                              value,
                              label: t(`contacts.import.action.${value}`),
                            }))}
                          />
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {report.rowsOmitted > 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.import.omitted', { count: report.rowsOmitted })}
        </Text>
      )}
    </Stack>
  );
}
