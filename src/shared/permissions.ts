import type { Role } from './accounts/roles';

/**
 * Who may do what: one table for the whole app. The renderer reads it to hide what a user may
 * not do; each channel names the permission it needs (`policy` in its domain's map in `ipc/`), and
 * the core enforces it on every call before it even looks at the input.
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
  // The feeds the office reads and its rules for early warnings are office configuration.
  'feeds.manage': ['admin', 'reviewer'],
  // Backups hold every record of the office, and a restore replaces them all: the administrator.
  'backups.manage': ['admin'],
  // The desk's diagnostics (versions, checks, recent errors) are for the office's IT: the administrator.
  'system.diagnostics': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function rolesAllow(held: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return held.some((role) => allowed.includes(role));
}
