import { Stack } from '@mantine/core';
import { rolesAllow } from '../../../../shared/permissions';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { StorePanel, useDeskStore } from '../store/public';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { SystemInfoView } from './SystemInfoView';
import { useAppInfo } from './useAppInfo';

export function SystemInfoPage() {
  const query = useAppInfo();
  const desk = useDeskStore();
  const me = useMe();
  return (
    <Stack gap="md">
      <QueryState query={query}>
        {(info) => <SystemInfoView info={info} onRefresh={() => void query.refetch()} />}
      </QueryState>
      {desk.data && <StorePanel store={desk.data} canManage={rolesAllow(me.data?.roles ?? [], 'office.manage')} />}
      {rolesAllow(me.data?.roles ?? [], 'system.diagnostics') && <DiagnosticsPanel />}
    </Stack>
  );
}
