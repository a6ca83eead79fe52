/** Presence: who is signed in now and where (other features import from here). */
export { PresenceMark } from './PresenceMark';
export { SignedInNow } from './SignedInNow';
