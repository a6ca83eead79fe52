import { z } from 'zod';
import {
  conferenceKinds,
  conferenceStatuses,
  questionStatuses,
  rsvpAnswers,
  venueModes,
} from '../conferences/vocabulary';
import { isoInstantSchema } from '../time/zonedInstant';
import { contactInputSchema } from './contacts';
import { officeTimeZones } from './office';
import { fileSchema, idInput, idSchema, line, noInput, required, requiredLine, text, webLink } from './fields';
import { outletTypes } from '../contacts/vocabulary';
import { read, signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { emptyResultSchema } from './accounts';

export const agendaItemSchema = z
  .object({
    title: requiredLine(200),
    speaker: line(120).default(''),
    minutes: z.number().int().min(0).max(600).default(0),
  })
  .strict();

/**
 * A conference as the desk enters it. Times are instants with the zone the event happens in
 * (WIB / WITA / WIT); the end is checked against the start, an online venue needs its link.
 */
export const conferenceInputSchema = z
  .object({
    title: requiredLine(200),
    kind: z.enum(conferenceKinds),
    startsAt: isoInstantSchema,
    endsAt: isoInstantSchema,
    zone: z.enum(officeTimeZones, { error: 'zone_unknown' }),
    venueMode: z.enum(venueModes),
    venueName: line(200).default(''),
    venueAddress: text(500).default(''),
    onlineLink: webLink.default(''),
    spokespersonIds: z.array(idSchema).max(10).default([]),
    /** Speakers who are not Siaga accounts ("Wali Kota Makassar"), after the office's own. */
    guestSpeakers: z
      .array(z.object({ name: requiredLine(200), role: line(200).default('') }).strict())
      .max(10, { error: 'too_many' })
      .default([]),
    moderatorId: idSchema.nullable().default(null),
    agenda: z.array(agendaItemSchema).max(50).default([]),
    statementIds: z.array(idSchema).max(50).default([]),
    keyMessages: text(5000).default(''),
    talkingPoints: text(8000).default(''),
    /** Anticipated questions from the Q&A bank, in the order of the briefing pack. */
    qaIds: z.array(idSchema).max(100).default([]),
    notes: text(5000).default(''),
  })
  .strict()
  .refine((input) => input.endsAt > input.startsAt, { error: 'end_before_start', path: ['endsAt'] })
  .refine((input) => input.venueMode === 'physical' || input.onlineLink !== '', {
    error: 'link_required',
    path: ['onlineLink'],
  })
  .refine((input) => input.venueMode === 'online' || input.venueName !== '' || input.venueAddress !== '', {
    error: 'venue_required',
    path: ['venueName'],
  });
export type ConferenceInput = z.input<typeof conferenceInputSchema>;

/**
 * What the warnings depend on: checked while the form is still half filled in (no title yet, no
 * venue), so only these fields, and other fields are ignored rather than refused.
 */
export const conferenceCheckSchema = z.object({
  startsAt: isoInstantSchema,
  endsAt: isoInstantSchema,
  zone: z.enum(officeTimeZones, { error: 'zone_unknown' }),
  venueMode: z.enum(venueModes),
  venueName: z.string().max(200).default(''),
  spokespersonIds: z.array(idSchema).max(10).default([]),
});
export type ConferenceCheck = z.output<typeof conferenceCheckSchema>;

export const conferenceWarningSchema = z.object({
  /** spokesperson | venue: double-booked; officeHours: outside the office profile's hours. */
  kind: z.enum(['spokesperson', 'venue', 'officeHours']),
  /** The other event, for a double booking. */
  other: z
    .object({
      id: z.string(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      zone: z.enum(officeTimeZones),
    })
    .nullable(),
  /** Who is double-booked (spokesperson) or which venue. */
  what: z.string(),
});
export type ConferenceWarning = z.output<typeof conferenceWarningSchema>;

export const conferenceSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(conferenceKinds),
  status: z.enum(conferenceStatuses),
  startsAt: z.string(),
  endsAt: z.string(),
  zone: z.enum(officeTimeZones),
  venueMode: z.enum(venueModes),
  venueName: z.string(),
  venueAddress: z.string(),
  onlineLink: z.string(),
  spokespersons: z.array(z.object({ id: z.string(), fullName: z.string() })),
  guestSpeakers: z.array(z.object({ name: z.string(), role: z.string() })),
  moderator: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  agenda: z.array(z.object({ title: z.string(), speaker: z.string(), minutes: z.number().int() })),
  statements: z.array(
    z.object({ id: z.string(), number: z.string().nullable(), title: z.string(), status: z.string() }),
  ),
  keyMessages: z.string(),
  talkingPoints: z.string(),
  qa: z.array(z.object({ id: z.string(), topic: z.string(), question: z.string(), answer: z.string() })),
  notes: z.string(),
  /** iTIP SEQUENCE of the last version sent to invitees (0 before any change). */
  sequence: z.number().int(),
  /** SEQUENCE of the newest version sent to invitees; below `sequence`, they have not heard of a change. */
  notifiedSequence: z.number().int().nullable(),
  invitedCount: z.number().int(),
  reschedules: z.array(
    z.object({
      fromStartsAt: z.string(),
      fromEndsAt: z.string(),
      fromZone: z.string(),
      at: z.string(),
      by: z.string(),
      reason: z.string(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  warnings: z.array(conferenceWarningSchema),
});
export type Conference = z.output<typeof conferenceSchema>;

export const saveConferenceSchema = z
  .object({ id: idSchema.nullable().default(null), conference: conferenceInputSchema, reason: text(500).default('') })
  .strict();

export const conferenceSummarySchema = conferenceSchema.pick({
  id: true,
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  zone: true,
  venueMode: true,
  venueName: true,
  invitedCount: true,
});
export type ConferenceSummary = z.output<typeof conferenceSummarySchema>;

export const conferenceRangeSchema = z
  .object({ from: isoInstantSchema.nullable().default(null), to: isoInstantSchema.nullable().default(null) })
  .strict();

export const rsvpSchema = z.enum(rsvpAnswers);
export const questionStatusSchema = z.enum(questionStatuses);

export const inviteSchema = z
  .object({
    conferenceId: idSchema,
    /** Made once per opening of the dialog: sending twice makes one job. */
    requestId: idSchema,
    audience: z
      .object({
        listIds: z.array(idSchema).max(200).default([]),
        contactIds: z.array(idSchema).max(10_000).default([]),
      })
      .strict(),
    /** email: each gets the invitation with its calendar file; recorded: invited by other means, nothing sent. */
    delivery: z.enum(['email', 'recorded']).default('email'),
  })
  .strict();

export const notifySchema = z.object({ conferenceId: idSchema, requestId: idSchema }).strict();

export const invitationResultSchema = z.object({
  distributionId: z.string().nullable(),
  /** People who get this message. */
  recipients: z.number().int(),
  /** People chosen who were invited before (an update reaches them instead). */
  alreadyInvited: z.number().int(),
});

export const inviteeSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  /** null after the person was erased. */
  name: z.string().nullable(),
  address: z.string().nullable(),
  outlet: z.string().nullable(),
  invitedAt: z.string().nullable(),
  rsvp: z.enum(rsvpAnswers),
  rsvpAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  walkIn: z.boolean(),
  /** Press accreditation valid on the conference day (null: no accreditation recorded). */
  accredited: z.boolean().nullable(),
});
export type Invitee = z.output<typeof inviteeSchema>;

export const walkInSchema = z
  .object({
    conferenceId: idSchema,
    /** Someone already in the contacts; or, with `contact`, a new person (their consent source in `dataSource`). */
    contactId: idSchema.nullable().default(null),
    contact: contactInputSchema.nullable().default(null),
    /**
     * An outlet the address book does not have yet, typed at the door ("Harian Fajar"): made with
     * the new contact (found by name if it exists after all), the person its reporter.
     */
    newOutlet: z
      .object({ name: requiredLine(200), type: z.enum(outletTypes) })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .refine((input) => (input.contactId === null) !== (input.contact === null), {
    error: 'walk_in_person',
    path: ['contact'],
  })
  .refine((input) => input.newOutlet === null || input.contact !== null, {
    error: 'walk_in_outlet',
    path: ['newOutlet'],
  });

export const rsvpInputSchema = z.object({ id: idSchema, rsvp: z.enum(rsvpAnswers) }).strict();
export const checkInInputSchema = z.object({ id: idSchema, present: z.boolean() }).strict();

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format' });

export const questionInputSchema = z
  .object({
    id: idSchema.nullable().default(null),
    conferenceId: idSchema,
    contactId: idSchema.nullable().default(null),
    journalist: line(200).default(''),
    outlet: line(200).default(''),
    question: required(4000),
    answer: text(8000).default(''),
    followUp: z.boolean().default(false),
    ownerId: idSchema.nullable().default(null),
    dueOn: dateSchema.nullable().default(null),
    status: z.enum(questionStatuses).default('open'),
  })
  .strict()
  .refine((input) => !input.followUp || input.ownerId !== null, { error: 'owner_required', path: ['ownerId'] });

export const questionSchema = z.object({
  id: z.string(),
  conferenceId: z.string(),
  contactId: z.string().nullable(),
  journalist: z.string(),
  outlet: z.string(),
  question: z.string(),
  answer: z.string(),
  followUp: z.boolean(),
  owner: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(questionStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Question = z.output<typeof questionSchema>;

export const qaInputSchema = z
  .object({
    id: idSchema.nullable().default(null),
    topic: requiredLine(120),
    question: required(2000),
    answer: required(8000),
  })
  .strict();

export const qaItemSchema = z.object({
  id: z.string(),
  topic: z.string(),
  question: z.string(),
  answer: z.string(),
  updatedAt: z.string(),
});
export type QaItem = z.output<typeof qaItemSchema>;

export const conferenceDocumentKinds = ['attendance', 'signIn', 'briefing'] as const;
export type ConferenceDocumentKind = (typeof conferenceDocumentKinds)[number];

/** The attendance record, the sign-in sheet (daftar hadir) or the briefing pack, as PDF or DOCX. */
export const conferenceDocumentSchema = z
  .object({
    id: idSchema,
    document: z.enum(conferenceDocumentKinds),
    format: z.enum(['pdf', 'docx']),
    language: z.enum(['id', 'en']).default('id'),
  })
  .strict();

/** The conferences channels: schemas and who may call (see channelSpec.ts). */
export const conferenceChannels = {
  'conferences.list': { input: conferenceRangeSchema, output: z.array(conferenceSummarySchema), policy: signedInRead },
  'conferences.get': { input: idInput, output: conferenceSchema, policy: signedInRead },
  'conferences.check': {
    input: z.object({ id: idSchema.nullable().default(null), conference: conferenceCheckSchema }).strict(),
    output: z.array(conferenceWarningSchema),
    policy: read('conferences.manage'),
  },
  'conferences.save': { input: saveConferenceSchema, output: conferenceSchema, policy: write('conferences.manage') },
  'conferences.setStatus': {
    input: z.object({ id: idSchema, status: z.enum(conferenceStatuses) }).strict(),
    output: conferenceSchema,
    policy: write('conferences.manage'),
  },
  'conferences.invite': { input: inviteSchema, output: invitationResultSchema, policy: write('conferences.manage') },
  'conferences.notify': { input: notifySchema, output: invitationResultSchema, policy: write('conferences.manage') },
  // Invitees are journalists' personal data.
  'conferences.invitees': { input: idInput, output: z.array(inviteeSchema), policy: read('contacts.view') },
  'conferences.setRsvp': { input: rsvpInputSchema, output: inviteeSchema, policy: write('conferences.manage') },
  'conferences.checkIn': { input: checkInInputSchema, output: inviteeSchema, policy: write('conferences.manage') },
  // A walk-in may become a new contact: the desk that manages contacts does it.
  'conferences.walkIn': { input: walkInSchema, output: inviteeSchema, policy: write('contacts.manage') },
  // Who asked what is a journalist's personal data.
  'conferences.questions': { input: idInput, output: z.array(questionSchema), policy: read('contacts.view') },
  'conferences.saveQuestion': {
    input: questionInputSchema,
    output: questionSchema,
    policy: write('conferences.manage'),
  },
  'conferences.qaBank': { input: noInput, output: z.array(qaItemSchema), policy: signedInRead },
  'conferences.saveQa': { input: qaInputSchema, output: qaItemSchema, policy: write('conferences.manage') },
  'conferences.archiveQa': { input: idInput, output: emptyResultSchema, policy: write('conferences.manage') },
  // Sheets and the briefing pack list attendees by name.
  'conferences.document': { input: conferenceDocumentSchema, output: fileSchema, policy: read('contacts.view') },
} as const satisfies DomainChannels<'conferences'>;

/** What the conferences domain pushes, and which cached answers each event makes stale. */
export const conferenceEvents = {
  /** A conference changed (its record, invitees or questions). */
  'conferences.changed': {
    payload: z.object({ conferenceId: z.string() }),
    invalidates: [
      'conferences.list',
      'conferences.get',
      'conferences.invitees',
      'conferences.questions',
      'conferences.qaBank',
      'crises.get',
      'crises.timeline',
      'audit.list',
      'audit.head',
    ],
  },
} as const satisfies DomainEvents<'conferences'>;
