import type { TFunction } from 'i18next';

/** "Redaktur atau Juru Bicara": the roles any of which may decide a step, as a person reads them. */
export function stepRolesLabel(t: TFunction, roles: readonly string[]): string {
  const names = roles.map((role) => t(`role.${role}`));
  if (names.length <= 1) return names[0] ?? '';
  return t('statements.approval.anyOf', { first: names.slice(0, -1).join(', '), last: names.at(-1) });
}
