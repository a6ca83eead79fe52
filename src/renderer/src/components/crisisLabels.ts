import type { CrisisPhase } from '../../../shared/crises/vocabulary';

/** Calm for the phases before and after, strong while the crisis runs. */
export const phaseColors: Record<CrisisPhase, string> = {
  pre: 'gray',
  initial: 'red',
  ongoing: 'orange',
  post: 'teal',
};

export const severityColors: Record<number, string> = { 1: 'gray', 2: 'yellow', 3: 'orange', 4: 'red' };

/** "01:02:03": hours may pass 24 (a crisis can run for days; the clock keeps counting). */
export function elapsedClock(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
