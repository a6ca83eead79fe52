import { useEffect, useState } from 'react';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the crisis views; each wraps one contract channel (`crises.changed` refreshes them). */
export const useCrisisList = (status: 'open' | 'closed' | 'all') => useChannelQuery('crises.list', { status });
export const useCrisis = (id: string) => useChannelQuery('crises.get', { id });
export const useFigures = (id: string) => useChannelQuery('crises.figures', { id });
export const useStakeholders = (id: string) => useChannelQuery('crises.stakeholders', { id });
export const useRequests = (id: string) => useChannelQuery('crises.requests', { id });
export const useAgencies = () => useChannelQuery('crises.agencies', {});
export const usePlaybook = () => useChannelQuery('crises.playbook', {});
export const useLessons = (id: string) => useChannelQuery('crises.lessons', { id });
export const useMetrics = (id: string) => useChannelQuery('crises.metrics', { id });
export const useCrisisBoard = () => useChannelQuery('crises.board', {});

/** The current time, renewed every `intervalMs` (the golden-hour clock ticks each second). */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
