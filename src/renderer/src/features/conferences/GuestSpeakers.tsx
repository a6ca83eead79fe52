import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Guest = { name: string; role?: string | undefined };

/**
 * Speakers from outside the office — the mayor, a hospital's director — who are not Siaga accounts:
 * a name and the office they hold, printed on the invitation and the briefing pack after the
 * office's own spokespersons.
 */
export function GuestSpeakers({
  value,
  onChange,
  errors,
}: {
  value: Guest[];
  onChange: (value: Guest[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<Guest>) =>
    onChange(value.map((guest, at) => (at === index ? { ...guest, ...patch } : guest)));
  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm" fw={500}>
        {t('conferences.guests.title')}
      </Text>
      {value.map((guest, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('conferences.guests.name')}
            value={guest.name}
            onChange={(event) => change(index, { name: event.currentTarget.value })}
            error={errors[`guestSpeakers.${index}.name`]}
            required
          />
          <TextInput
            style={{ flex: 1 }}
            label={t('conferences.guests.role')}
            placeholder={t('conferences.guests.rolePlaceholder')}
            value={guest.role ?? ''}
            onChange={(event) => change(index, { role: event.currentTarget.value })}
          />
          <ActionIcon
            mt={25}
            variant="subtle"
            color="red"
            aria-label={t('conferences.guests.remove', { name: guest.name })}
            onClick={() => onChange(value.filter((_, at) => at !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => onChange([...value, { name: '', role: '' }])}
        disabled={value.length >= 10}
      >
        {t('conferences.guests.add')}
      </Button>
    </Stack>
  );
}
