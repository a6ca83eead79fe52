/** The roles of GLOSSARY.md. An account holds one or more. */
export const roles = ['admin', 'drafter', 'reviewer', 'approver', 'spokesperson', 'viewer'] as const;
export type Role = (typeof roles)[number];
