/**
 * The minimum password policy, shared so the form can warn as the user types and the core can
 * refuse. Each problem is a stable key, translated under `errors.field.` in the renderer.
 */
export const passwordMinLength = 10;

export type PasswordProblem = 'password_too_short' | 'password_needs_letter_and_digit' | 'password_same_as_username';

export function passwordProblems(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < passwordMinLength) problems.push('password_too_short');
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) problems.push('password_needs_letter_and_digit');
  if (username && password.trim().toLowerCase() === username.trim().toLowerCase()) {
    problems.push('password_same_as_username');
  }
  return problems;
}
