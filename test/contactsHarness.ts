import type { ContactInput } from '../src/shared/ipc/contacts';

/** A contact input with sensible defaults (public task, collected at a press conference). */
export function contactInput(fullName: string, changes: Partial<ContactInput> = {}): ContactInput {
  return {
    fullName,
    affiliations: [],
    emails: [],
    phones: [],
    socials: [],
    beats: [],
    regions: [],
    tags: [],
    language: 'id',
    accreditationNumber: '',
    accreditationExpiry: null,
    preferredChannel: 'email',
    notes: '',
    active: true,
    doNotContact: false,
    lawfulBasis: 'public_task',
    dataSource: 'Kartu pers saat konferensi pers',
    collectedOn: '2026-11-01',
    consentRecord: '',
    retainUntil: null,
    ...changes,
  };
}
