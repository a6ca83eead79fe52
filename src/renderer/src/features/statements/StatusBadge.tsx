import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementStatus } from '../../../../shared/statements/workflow';
import { statusColors } from './statementLabels';

export function StatusBadge({ status }: { status: StatementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`statements.status.${status}`)}
    </Badge>
  );
}
