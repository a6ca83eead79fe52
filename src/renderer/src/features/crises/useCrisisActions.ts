import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the crises views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useAddChecklistItem = () => useChannelMutation('crises.addItem');
export const useAddTimelineEntry = () => useChannelMutation('crises.addLog');
export const useArchivePlaybookItem = () => useChannelMutation('crises.archivePlaybookItem');
export const useLinkToCrisis = () => useChannelMutation('crises.link');
export const useRecordFigure = () => useChannelMutation('crises.recordFigure');
export const useRemoveStakeholder = () => useChannelMutation('crises.removeStakeholder');
export const useSaveAgency = () => useChannelMutation('crises.saveAgency');
export const useSaveCrisis = () => useChannelMutation('crises.save');
export const useSaveGoldenHourTargets = () => useChannelMutation('crises.goldenHour');
export const useSaveLesson = () => useChannelMutation('crises.saveLesson');
export const useSavePlaybookItem = () => useChannelMutation('crises.savePlaybookItem');
export const useSaveRequest = () => useChannelMutation('crises.saveRequest');
export const useSaveStakeholder = () => useChannelMutation('crises.saveStakeholder');
export const useSetCrisisStatus = () => useChannelMutation('crises.setStatus');
export const useSetPhase = () => useChannelMutation('crises.setPhase');
export const useTickChecklistItem = () => useChannelMutation('crises.tick');
