import type { TranslationsLike } from '@bep/web/shared/i18n';
import type { fr } from './fr';

/** The words of the pages outside the shell, in English. */
export const en: TranslationsLike<typeof fr> = {
  frame: {
    tagline: 'Digital transition of the municipalities of the Province of Namur',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address of your account.',
    email: 'E-mail address',
    emailRequired: 'Enter your e-mail address.',
    emailInvalid: 'Enter a valid e-mail address, for example name@bep.be.',
    password: 'Password',
    passwordRequired: 'Enter your password.',
    showPassword: 'Show the password',
    submit: 'Sign in',
    submitting: 'Signing in',
  },
  loginError: {
    wrongCredentials: 'Wrong e-mail address or password.',
    tooManyAttempts: 'Too many attempts. Try again in a few minutes.',
    tooManyAttemptsOneMinute: 'Too many attempts. Try again in 1 minute.',
    tooManyAttemptsMinutes: 'Too many attempts. Try again in {{ minutes }} minutes.',
    invalid: 'Check the e-mail address and the password you entered.',
    failed: 'Signing in failed.',
  },
  password: {
    title: 'Change the password',
    temporary: 'Your password is temporary. Choose a new one to open the application.',
    intro: 'Choose a new password for your account.',
    current: 'Current password',
    currentRequired: 'Enter your current password.',
    currentWrong: 'The current password is wrong.',
    new: 'New password',
    minLength: 'At least {{ min }} characters.',
    newRequired: 'Enter a new password.',
    tooShort: 'At least {{ min }} characters: {{ count }} entered.',
    unchanged: 'The new password must differ from the current one.',
    refused: 'The server refuses this password: it must have at least {{ min }} characters.',
    confirmation: 'Confirm the new password',
    confirmationRequired: 'Enter the new password again.',
    mismatch: 'The two passwords do not match.',
    show: 'Show the passwords',
    submit: 'Save the password',
    submitting: 'Saving',
    changed: 'Your password has been changed.',
    failed: 'The password could not be changed.',
  },
  accessDenied: {
    title: 'Access denied',
    message: 'Your account does not give access to this page.',
    signedInAs: 'You are signed in as',
    askAdministrator: 'If you need this access, ask an administrator of the application.',
    home: 'Back to the home page',
  },
};
