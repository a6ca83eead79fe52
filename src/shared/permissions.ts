import type { Role } from './accounts/roles';
import type { Channel } from './ipc/contract';

/**
 * Who may do what: one table for the whole app. The renderer reads it to hide what a user may
 * not do; the core enforces it on every channel before it even looks at the input.
 */
export const permissions = {
  'office.manage': ['admin'],
  'accounts.manage': ['admin'],
  'audit.view': ['admin', 'reviewer', 'approver'],
  'statements.draft': ['drafter', 'reviewer', 'approver', 'spokesperson'],
  'statements.decide': ['reviewer', 'approver', 'spokesperson'],
  'statements.release': ['drafter', 'reviewer', 'approver'],
  'statements.templates': ['admin', 'reviewer'],
  'statements.standIn': ['admin', 'reviewer', 'approver', 'spokesperson'],
  // Journalists' personal data: only the people who work with the press (least privilege, UU 27/2022).
  'contacts.view': ['admin', 'drafter', 'reviewer', 'approver', 'spokesperson'],
  'contacts.manage': ['admin', 'drafter', 'reviewer'],
  // Erasing a person is final: the head of Humas or the administrator decides it.
  'contacts.erase': ['admin', 'reviewer'],
  // Releasing is the desk's job, the same people who may mark a statement released.
  'distribution.send': ['drafter', 'reviewer', 'approver'],
  // The desk and the spokespersons plan press events; everyone signed in may see the calendar.
  'conferences.manage': ['drafter', 'reviewer', 'approver', 'spokesperson'],
  // A crisis is run by the whole Humas team; everyone signed in may follow it.
  'crises.manage': ['drafter', 'reviewer', 'approver', 'spokesperson'],
  // The office's playbook is method, like templates: the head of Humas and the administrator keep it.
  'crises.playbook': ['admin', 'reviewer'],
  // The desk logs claims, gathers evidence and drafts clarifications (GLOSSARY: drafter logs hoaxes).
  'hoaxes.manage': ['drafter', 'reviewer', 'approver', 'spokesperson'],
  // A verdict is the office's public position on a claim, and merging or closing ends a record:
  // the head of Humas (reviewer) or the leader decides, never the person who only logged it.
  'hoaxes.decide': ['reviewer', 'approver'],
  // Backups hold every record of the office, and a restore replaces them all: the administrator.
  'backups.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/**
 * How each channel is guarded. `public`: no session needed (the sign-in screen, the first-run
 * wizard). `signedIn`: any active account. `{ permission }`: only the roles in the table.
 * `mutating` marks channels that change state (the permission matrix test iterates them).
 */
export type ChannelPolicy =
  | { access: 'public'; mutating: boolean }
  | { access: 'signedIn'; mutating: boolean }
  | { access: 'permission'; permission: Permission; mutating: boolean };

const publicRead = { access: 'public', mutating: false } as const;
const publicWrite = { access: 'public', mutating: true } as const;
const signedInRead = { access: 'signedIn', mutating: false } as const;
const signedInWrite = { access: 'signedIn', mutating: true } as const;
const read = (permission: Permission) => ({ access: 'permission', permission, mutating: false }) as const;
const write = (permission: Permission) => ({ access: 'permission', permission, mutating: true }) as const;

export const channelPolicies: Record<Channel, ChannelPolicy> = {
  'app.info': publicRead,
  'preferences.get': publicRead,
  // UI language and theme of this installation; changeable on the sign-in screen too.
  'preferences.update': publicWrite,
  'office.status': publicRead,
  // Refused by the core once an office exists: only a fresh store can be set up without a user.
  'office.setup': publicWrite,
  'office.get': signedInRead,
  'office.update': write('office.manage'),
  'accounts.login': publicWrite,
  'accounts.logout': signedInWrite,
  'accounts.me': signedInRead,
  'accounts.changePassword': signedInWrite,
  'accounts.list': read('accounts.manage'),
  'accounts.create': write('accounts.manage'),
  'accounts.update': write('accounts.manage'),
  'accounts.deactivate': write('accounts.manage'),
  'accounts.reactivate': write('accounts.manage'),
  'accounts.resetPassword': write('accounts.manage'),
  'accounts.unlock': write('accounts.manage'),
  'audit.list': read('audit.view'),
  'audit.head': read('audit.view'),
  'audit.exportCsv': read('audit.view'),
  'statements.list': signedInRead,
  'statements.myTasks': signedInRead,
  'statements.get': signedInRead,
  'statements.create': write('statements.draft'),
  'statements.save': write('statements.draft'),
  // A working copy is the caller's own unsaved typing: bookkeeping, not a revision.
  'statements.autosave': write('statements.draft'),
  'statements.discardWorkingCopy': write('statements.draft'),
  'statements.lock': write('statements.draft'),
  'statements.unlock': write('statements.draft'),
  'statements.submit': write('statements.draft'),
  // Each step also names its role; the service checks that and four-eyes.
  'statements.approve': write('statements.decide'),
  'statements.requestChanges': write('statements.decide'),
  // Drafters may withdraw their own; the service checks ownership.
  'statements.withdraw': write('statements.draft'),
  'statements.release': write('statements.release'),
  'statements.correct': write('statements.draft'),
  'statements.comment': write('statements.draft'),
  'statements.timeline': signedInRead,
  'statements.revision': signedInRead,
  'statements.export': signedInRead,
  'statements.uploadAttachment': write('statements.draft'),
  'statements.attachment': signedInRead,
  'statements.templates': signedInRead,
  'statements.saveTemplate': write('statements.templates'),
  'statements.deleteTemplate': write('statements.templates'),
  'statements.chain': signedInRead,
  'statements.updateChain': write('office.manage'),
  'statements.updateReleasePolicy': write('office.manage'),
  'statements.people': signedInRead,
  'statements.standIns': signedInRead,
  // An approver names their own stand-in, an administrator anyone's; the service checks which.
  'statements.nameStandIn': write('statements.standIn'),
  'statements.revokeStandIn': write('statements.standIn'),
  'contacts.outlets': read('contacts.view'),
  'contacts.createOutlet': write('contacts.manage'),
  'contacts.updateOutlet': write('contacts.manage'),
  'contacts.list': read('contacts.view'),
  'contacts.get': read('contacts.view'),
  'contacts.create': write('contacts.manage'),
  'contacts.update': write('contacts.manage'),
  'contacts.recordOptOut': write('contacts.manage'),
  'contacts.exportPersonalData': read('contacts.manage'),
  'contacts.erase': write('contacts.erase'),
  'contacts.lists': read('contacts.view'),
  'contacts.saveList': write('contacts.manage'),
  'contacts.archiveList': write('contacts.manage'),
  'contacts.addToList': write('contacts.manage'),
  'contacts.removeFromList': write('contacts.manage'),
  'contacts.importOpen': write('contacts.manage'),
  'contacts.importRun': write('contacts.manage'),
  'contacts.importCancel': write('contacts.manage'),
  'contacts.importReport': read('contacts.manage'),
  // Audited (a bulk copy of personal data leaves the app), hence a write.
  'contacts.export': write('contacts.manage'),
  'contacts.bulkUpdate': write('contacts.manage'),
  'distribution.settings': read('office.manage'),
  'distribution.saveSettings': write('office.manage'),
  // Sends a real message: a write, though it changes no record.
  'distribution.testSettings': write('office.manage'),
  // Previews name the recipients' numbers (wa.me links): personal data.
  'distribution.preview': read('contacts.view'),
  'distribution.audienceCount': read('contacts.view'),
  'distribution.create': write('distribution.send'),
  // Arming prepares the distribution the final approval sends: the people who may distribute.
  'distribution.arm': write('distribution.send'),
  'distribution.list': signedInRead,
  'distribution.get': signedInRead,
  'distribution.recipients': read('contacts.view'),
  'distribution.pause': write('distribution.send'),
  'distribution.resume': write('distribution.send'),
  'distribution.cancel': write('distribution.send'),
  'distribution.retryFailed': write('distribution.send'),
  'distribution.contactHistory': read('contacts.view'),
  'distribution.sitePackage': read('distribution.send'),
  'distribution.cap': read('distribution.send'),
  'conferences.list': signedInRead,
  'conferences.get': signedInRead,
  'conferences.check': read('conferences.manage'),
  'conferences.save': write('conferences.manage'),
  'conferences.setStatus': write('conferences.manage'),
  'conferences.invite': write('conferences.manage'),
  'conferences.notify': write('conferences.manage'),
  // Invitees are journalists' personal data.
  'conferences.invitees': read('contacts.view'),
  'conferences.setRsvp': write('conferences.manage'),
  'conferences.checkIn': write('conferences.manage'),
  // A walk-in may become a new contact: the desk that manages contacts does it.
  'conferences.walkIn': write('contacts.manage'),
  // Who asked what is a journalist's personal data.
  'conferences.questions': read('contacts.view'),
  'conferences.saveQuestion': write('conferences.manage'),
  'conferences.qaBank': signedInRead,
  'conferences.saveQa': write('conferences.manage'),
  'conferences.archiveQa': write('conferences.manage'),
  // Sheets and the briefing pack list attendees by name.
  'conferences.document': read('contacts.view'),
  'crises.list': signedInRead,
  'crises.get': signedInRead,
  'crises.save': write('crises.manage'),
  'crises.setPhase': write('crises.manage'),
  'crises.setStatus': write('crises.manage'),
  'crises.tick': write('crises.manage'),
  'crises.link': write('crises.manage'),
  'crises.addItem': write('crises.manage'),
  'crises.addLog': write('crises.manage'),
  'crises.figures': signedInRead,
  'crises.recordFigure': write('crises.manage'),
  'crises.timeline': signedInRead,
  'crises.metrics': signedInRead,
  'crises.agencies': signedInRead,
  'crises.saveAgency': write('crises.manage'),
  'crises.stakeholders': signedInRead,
  'crises.saveStakeholder': write('crises.manage'),
  'crises.removeStakeholder': write('crises.manage'),
  'crises.requests': signedInRead,
  'crises.saveRequest': write('crises.manage'),
  'crises.playbook': signedInRead,
  'crises.savePlaybookItem': write('crises.playbook'),
  'crises.archivePlaybookItem': write('crises.playbook'),
  'crises.goldenHour': write('crises.playbook'),
  'crises.goldenHourTargets': signedInRead,
  'crises.board': signedInRead,
  'crises.lessons': signedInRead,
  'crises.saveLesson': write('crises.manage'),
  'crises.report': signedInRead,
  'crises.exportTimeline': signedInRead,
  'crises.statementFigures': signedInRead,
  'crises.quoteFigure': write('statements.draft'),
  'crises.unquoteFigure': write('statements.draft'),
  'hoaxes.list': signedInRead,
  'hoaxes.get': signedInRead,
  'hoaxes.save': write('hoaxes.manage'),
  'hoaxes.similar': signedInRead,
  'hoaxes.uploadScreenshot': write('hoaxes.manage'),
  'hoaxes.screenshot': signedInRead,
  'hoaxes.addEvidence': write('hoaxes.manage'),
  'hoaxes.removeEvidence': write('hoaxes.manage'),
  'hoaxes.startVerifying': write('hoaxes.manage'),
  'hoaxes.recordVerdict': write('hoaxes.decide'),
  // Drafting creates a statement: the same people who may draft statements.
  'hoaxes.draftClarification': write('statements.draft'),
  'hoaxes.close': write('hoaxes.decide'),
  'hoaxes.reopen': write('hoaxes.decide'),
  'hoaxes.merge': write('hoaxes.decide'),
  'hoaxes.stats': signedInRead,
  'backups.status': read('backups.manage'),
  'backups.take': write('backups.manage'),
  'backups.setFolder': write('backups.manage'),
  'backups.restore': write('backups.manage'),
  // The recovery screen of a damaged store, before anyone can sign in: it shows only what happened
  // and the newest verified backup; restoring asks the administrator's password (checked by the core).
  'backups.recovery': publicRead,
  'backups.recover': publicWrite,
};

export function rolesAllow(held: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return held.some((role) => allowed.includes(role));
}
