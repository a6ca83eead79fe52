import { ActionIcon, Button, Group, MultiSelect, NumberInput, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chainKinds, type ApprovalReminders, type ChainKind } from '../../../../shared/ipc/statements';
import { approvalStepRoles, type ApprovalStepRole } from '../../../../shared/statements/workflow';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { stepRolesLabel } from './stepRoles';
import { useApprovalChain } from './useStatements';
import { useUpdateChain, useUpdateReleasePolicy } from './useStatementActions';

type Steps = ApprovalStepRole[][];

/**
 * The office's approval chains (administrators): the default chain, and for any statement kind a
 * chain of its own — a holding statement approved once by the head of Humas or the spokesperson,
 * a press release by the editor and then the leader. A step lists the roles any of which decides it.
 */
export function ApprovalChainsPanel() {
  const { t } = useTranslation();
  const chains = useApprovalChain();
  const [kind, setKind] = useState<ChainKind>('*');
  const [draft, setDraft] = useState<Steps | null>(null);
  const update = useUpdateChain();
  const policy = useUpdateReleasePolicy();
  const kindLabel = (value: ChainKind) => (value === '*' ? t('templates.chainDefault') : t(`statements.kind.${value}`));

  const save = (steps: Steps | null) =>
    update.mutateAsync({ kind, steps: steps ? steps.map((roles) => ({ roles })) : null }).then(
      () => {
        setDraft(null);
        notifications.show({ message: t('templates.chainSaved'), color: 'teal' });
      },
      (error: unknown) => notifyFailure(t, error),
    );

  return (
    <Paper withBorder p="md" component="section" aria-label={t('templates.chain')}>
      <QueryState query={chains}>
        {(data) => {
          const stored = (value: ChainKind) => data.chains.find((chain) => chain.kind === value)?.steps;
          const own = stored(kind);
          const shown: Steps = draft ?? (own ?? stored('*') ?? []).map((step) => step.roles);
          const set = (steps: Steps) => setDraft(steps);
          return (
            <Stack gap="sm">
              <Text fw={600}>{t('templates.chain')}</Text>
              <Text size="sm" c="dimmed">
                {t('templates.chainHint')}
              </Text>
              <Switch
                label={t('templates.armedReleases')}
                description={t('templates.armedReleasesHint')}
                checked={data.armedReleases}
                disabled={policy.isPending}
                onChange={(event) =>
                  policy.mutate(
                    { armedReleases: event.currentTarget.checked },
                    { onError: (error) => notifyFailure(t, error) },
                  )
                }
              />
              <RemindersFields
                key={`${data.approvalReminders.reminderMinutes}/${data.approvalReminders.standInMinutes}`}
                stored={data.approvalReminders}
              />
              <Select
                label={t('templates.chainFor')}
                data={chainKinds.map((value) => ({
                  value,
                  label:
                    value !== '*' && stored(value)
                      ? `${kindLabel(value)} · ${t('templates.chainOwn')}`
                      : kindLabel(value),
                }))}
                value={kind}
                onChange={(value) => {
                  if (!value) return;
                  setKind(value as ChainKind);
                  setDraft(null);
                }}
                allowDeselect={false}
              />
              {kind !== '*' && !own && !draft && (
                <Text size="sm" c="dimmed">
                  {t('templates.chainFollowsDefault')}
                </Text>
              )}
              {shown.map((roles, index) => (
                <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                  <MultiSelect
                    style={{ flex: 1 }}
                    label={t('templates.stepRoles', { n: index + 1 })}
                    description={roles.length > 1 ? stepRolesLabel(t, roles) : undefined}
                    data={approvalStepRoles.map((value) => ({ value, label: t(`role.${value}`) }))}
                    value={roles}
                    onChange={(value) =>
                      set(shown.map((old, i) => (i === index ? (value as ApprovalStepRole[]) : old)))
                    }
                    error={roles.length === 0 ? t('templates.stepNeedsRole') : undefined}
                  />
                  <ActionIcon
                    mb={4}
                    variant="subtle"
                    color="red"
                    disabled={shown.length === 1}
                    aria-label={t('templates.removeStep', { n: index + 1 })}
                    onClick={() => set(shown.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  disabled={shown.length >= 5}
                  onClick={() => set([...shown, ['approver']])}
                >
                  {t('templates.addStep')}
                </Button>
                <Button
                  size="xs"
                  onClick={() => void save(shown)}
                  disabled={draft === null || shown.some((roles) => roles.length === 0)}
                  loading={update.isPending}
                >
                  {t('templates.saveChain')}
                </Button>
                {kind !== '*' && own && (
                  <Button size="xs" variant="subtle" onClick={() => void save(null)} loading={update.isPending}>
                    {t('templates.chainUseDefault')}
                  </Button>
                )}
              </Group>
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}

/**
 * When an open crisis's statement has waited at a step for so long, its approvers are reminded by
 * e-mail, then their stand-ins told (0: never). Every approver is told by e-mail at once anyway.
 */
function RemindersFields({ stored }: { stored: ApprovalReminders }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(stored);
  const policy = useUpdateReleasePolicy();
  const minutes = (value: string | number) => (typeof value === 'number' ? value : 0);
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        {t('templates.reminders')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('templates.remindersHint')}
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('templates.reminderMinutes')}
          min={0}
          max={240}
          w={260}
          value={values.reminderMinutes}
          onChange={(value) => setValues({ ...values, reminderMinutes: minutes(value) })}
        />
        <NumberInput
          label={t('templates.standInMinutes')}
          min={0}
          max={480}
          w={260}
          value={values.standInMinutes}
          onChange={(value) => setValues({ ...values, standInMinutes: minutes(value) })}
        />
        <Button
          variant="light"
          loading={policy.isPending}
          disabled={
            values.reminderMinutes === stored.reminderMinutes && values.standInMinutes === stored.standInMinutes
          }
          onClick={() =>
            policy.mutate(
              { approvalReminders: values },
              {
                onSuccess: () => notifications.show({ message: t('templates.remindersSaved'), color: 'teal' }),
                onError: (error) => notifyFailure(t, error),
              },
            )
          }
        >
          {t('templates.remindersSave')}
        </Button>
      </Group>
    </Stack>
  );
}
