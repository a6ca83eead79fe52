import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Crisis } from '../../../../shared/ipc/crises';
import { rolesAllow } from '../../../../shared/permissions';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { CrisisPickup } from '../monitoring/public';
import { ChecklistPanel } from './ChecklistPanel';
import { phaseColors, severityColors } from '../../components/crisisLabels';
import { EvaluationPanel } from './EvaluationPanel';
import { FiguresPanel } from './FiguresPanel';
import { OverviewPanel } from './OverviewPanel';
import { PhaseControl } from './PhaseControl';
import { StakeholdersPanel } from './StakeholdersPanel';
import { TimelinePanel } from './TimelinePanel';
import { useCrisis } from './useCrises';

export function CrisisDetailPage() {
  const { id = '' } = useParams();
  const query = useCrisis(id);
  return <QueryState query={query}>{(crisis) => <CrisisDetail crisis={crisis} />}</QueryState>;
}

function CrisisDetail({ crisis }: { crisis: Crisis }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayManage = rolesAllow(me.data?.roles ?? [], 'crises.manage');
  const open = crisis.status === 'open';
  const editable = mayManage && open;
  const done = crisis.checklist.filter((item) => item.doneAt).length;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to="/crises" size="sm">
            {t('crises.back')}
          </Anchor>
          <Title order={2}>{crisis.title}</Title>
          <Group gap="xs">
            <Badge color={phaseColors[crisis.phase]}>{t(`crises.phase.${crisis.phase}`)}</Badge>
            <Badge color={severityColors[crisis.severity]} variant="light">
              {t('crises.severityLevel', { level: crisis.severity })}
            </Badge>
            <Text size="sm">{t(`crises.type.${crisis.type}`)}</Text>
            {!open && (
              <Badge color="gray" variant="outline">
                {t('crises.status.closed')}
              </Badge>
            )}
          </Group>
        </div>
        {editable && (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            component={Link}
            to={`/crises/${crisis.id}/edit`}
          >
            {t('crises.edit')}
          </Button>
        )}
      </Group>
      <PhaseControl crisis={crisis} mayManage={mayManage} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('crises.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="checklist">
            {t('crises.tabs.checklist')} ({done}/{crisis.checklist.length})
          </Tabs.Tab>
          <Tabs.Tab value="timeline">{t('crises.tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="figures">{t('crises.tabs.figures')}</Tabs.Tab>
          <Tabs.Tab value="stakeholders">{t('crises.tabs.stakeholders')}</Tabs.Tab>
          <Tabs.Tab value="coverage">{t('crises.tabs.coverage')}</Tabs.Tab>
          <Tabs.Tab value="evaluation">{t('crises.tabs.evaluation')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewPanel crisis={crisis} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="checklist" pt="md">
          <ChecklistPanel crisis={crisis} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelinePanel crisis={crisis} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="figures" pt="md">
          <FiguresPanel crisis={crisis} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="stakeholders" pt="md">
          <StakeholdersPanel crisis={crisis} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <CrisisPickup crisisId={crisis.id} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluation" pt="md">
          <EvaluationPanel crisis={crisis} editable={editable} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
