/**
 * What other features may use of this one (the only file they import from it; a lint rule
 * refuses deeper imports). Everything else here is the feature's own.
 */
export { GoldenHourClock } from './GoldenHourClock';
export { useCrisisBoard, useNow } from './useCrises';
