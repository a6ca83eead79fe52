/** What the store feature offers the app and other features (see ../README.md). */
export { ServerUnavailablePage } from './ServerUnavailablePage';
export { StoreChoice } from './StoreChoice';
export { StorePanel } from './StorePanel';
export { useDeskStore } from './useStoreActions';
