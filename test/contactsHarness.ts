import { emptyContactInput } from '../src/shared/contacts/emptyContact';
import type { ContactInput } from '../src/shared/ipc/contacts';

/** A contact input with sensible defaults (public task, collected at a press conference). */
export function contactInput(fullName: string, changes: Partial<ContactInput> = {}): ContactInput {
  return {
    ...emptyContactInput('2026-11-01'),
    fullName,
    dataSource: 'Kartu pers saat konferensi pers',
    ...changes,
  };
}
