import { CoreError } from './errors';

/**
 * A rule the core checks beyond the schema (a taken username, a wrong current password), reported
 * the same way as a schema failure: VALIDATION with the field's path and a translatable key.
 */
export function fieldError(path: (string | number)[], key: string, message = key): CoreError {
  return new CoreError('VALIDATION', message, { issues: [{ path, rule: 'custom', message: key }] });
}
