import { v7 } from 'uuid';

/** Record ids are UUIDv7 text: unique without coordination and sortable by creation time. */
export function newId(): string {
  return v7();
}
