import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One label–value line of a record's facts ("Juru bicara: …"). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <Text size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Group>
  );
}
