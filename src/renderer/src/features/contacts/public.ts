/**
 * What other features may use of this one (the only file they import from it; a lint rule
 * refuses deeper imports). Everything else here is the feature's own.
 */
export { ListPicker } from './ListPicker';
export { useContactLists, useOutlets } from './useContacts';
export { ReturnAfterErasure } from './ReturnAfterErasure';
