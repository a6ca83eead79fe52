import type { ConferenceStatus } from '../../../../shared/conferences/vocabulary';

/** Status colours, the same on the calendar, the detail and the badges. */
export const statusColors: Record<ConferenceStatus, string> = {
  planned: 'blue',
  confirmed: 'teal',
  postponed: 'orange',
  cancelled: 'gray',
  done: 'violet',
};
