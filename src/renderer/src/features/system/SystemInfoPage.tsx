import { QueryState } from '../../components/QueryState';
import { SystemInfoView } from './SystemInfoView';
import { useAppInfo } from './useAppInfo';

export function SystemInfoPage() {
  const query = useAppInfo();
  return (
    <QueryState query={query}>
      {(info) => <SystemInfoView info={info} onRefresh={() => void query.refetch()} />}
    </QueryState>
  );
}
