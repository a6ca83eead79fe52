/**
 * What other features may use of this one (the only file they import from it; a lint rule
 * refuses deeper imports). Everything else here is the feature's own.
 */
export { CrisisPickup, StatementPickup } from './PickupPanel';
export { crisisDescription, crisisTitle, figureLabel } from './signalWords';
export { FactsGrid } from './SignalFactsView';
export { useSignal, useSignals, useStatementPickup } from './useMonitoring';
export { useOpenCrisisFromSignal } from './useMonitoringActions';
