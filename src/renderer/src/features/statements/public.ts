/**
 * What other features may use of this one (the only file they import from it; a lint rule
 * refuses deeper imports). Everything else here is the feature's own.
 */
export { useOpenDecision } from './DecisionDrawer';
export { NewStatementModal } from './NewStatementModal';
export { StatusBadge } from './StatusBadge';
export { useMyTasks } from './useStatements';
export { useCreateStatement } from './useStatementActions';
