import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title, one-line description and actions at the top of every section. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      </div>
      {actions}
    </Group>
  );
}
