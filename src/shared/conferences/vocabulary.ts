/** The kinds of press events a Humas desk runs (GLOSSARY: konferensi pers, doorstop, ...). */
export const conferenceKinds = ['press_conference', 'doorstop', 'media_briefing', 'press_tour'] as const;
export type ConferenceKind = (typeof conferenceKinds)[number];

/** planned -> confirmed -> done; postponed (a new time will come); cancelled. */
export const conferenceStatuses = ['planned', 'confirmed', 'postponed', 'cancelled', 'done'] as const;
export type ConferenceStatus = (typeof conferenceStatuses)[number];

/** Where a conference may go from each status; cancelled and done are final. */
export const conferenceTransitions: Record<ConferenceStatus, readonly ConferenceStatus[]> = {
  planned: ['confirmed', 'postponed', 'cancelled', 'done'],
  confirmed: ['planned', 'postponed', 'cancelled', 'done'],
  postponed: ['planned', 'confirmed', 'cancelled'],
  cancelled: [],
  done: [],
};

export const venueModes = ['physical', 'online', 'hybrid'] as const;
export type VenueMode = (typeof venueModes)[number];

/** RSVP as staff record it from a call or a message. */
export const rsvpAnswers = ['none', 'yes', 'no', 'maybe'] as const;
export type RsvpAnswer = (typeof rsvpAnswers)[number];

export const questionStatuses = ['open', 'done'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/** Overlaps are compared on instants, so an event in WITA and one in WIB clash when they should. */
export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
