/**
 * A sentence for whoever signs in next, when what ended the session is itself the news ("Data
 * dipulihkan …" after a restore): every notice on screen is cleared when a session ends (nothing of
 * one person stays for the next), so this one waits on the sign-in screen instead.
 */
let pending: string | undefined;

export const leaveForNextSignIn = (text: string) => {
  pending = text;
};
export const signInNotice = () => pending;
export const clearSignInNotice = () => {
  pending = undefined;
};
