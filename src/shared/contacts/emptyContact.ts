import type { ContactInput } from '../ipc/contacts';

/**
 * A contact with nothing filled in but the defaults a Humas desk starts from: Indonesian, e-mail
 * first, active, held for a public task. The form's blank record and the tests' base record.
 */
export function emptyContactInput(collectedOn: string): Required<ContactInput> {
  return {
    fullName: '',
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
    dataSource: '',
    collectedOn,
    consentRecord: '',
    retainUntil: null,
    returnsAfterErasure: false,
  };
}
