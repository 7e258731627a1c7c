import type { Locale } from './config'

/**
 * The diner-account emails (the site's own, beside the booking emails of the reservation plugin).
 * Flat keys and `{name}` placeholders, rendered through the shared email layout's translator.
 */
const en = {
  verifySubject: 'Confirm your email address',
  verifyTitle: 'Welcome',
  verifyBody: 'Confirm your email address to sign in and see your bookings.',
  verifyButton: 'Confirm my email',
  verifyFooter: 'You are receiving this because an account was created with this address at {site}. If it was not you, ignore this email: nothing happens without the confirmation.',

  resetSubject: 'Choose a new password',
  resetTitle: 'Forgot your password?',
  resetBody: 'This link lets you choose a new password for one hour.',
  resetButton: 'Choose a new password',
  resetFooter: 'You are receiving this because a new password was asked for your account at {site}. If you did not ask, ignore this email: your password stays the same.',
}

export type DinerEmailMessages = typeof en

const fr: DinerEmailMessages = {
  verifySubject: 'Confirmez votre adresse e-mail',
  verifyTitle: 'Bienvenue',
  verifyBody: 'Confirmez votre adresse e-mail pour vous connecter et retrouver vos réservations.',
  verifyButton: 'Confirmer mon e-mail',
  verifyFooter:
    'Vous recevez ce message parce qu’un compte a été créé avec cette adresse chez {site}. Si ce n’est pas vous, ignorez-le : rien ne se passe sans la confirmation.',

  resetSubject: 'Choisissez un nouveau mot de passe',
  resetTitle: 'Mot de passe oublié ?',
  resetBody: 'Ce lien permet de choisir un nouveau mot de passe pendant une heure.',
  resetButton: 'Choisir un mot de passe',
  resetFooter:
    'Vous recevez ce message parce qu’un nouveau mot de passe a été demandé pour votre compte chez {site}. Si vous n’avez rien demandé, ignorez-le : votre mot de passe reste le même.',
}

export function dinerEmailMessagesFor(locale: Locale): DinerEmailMessages {
  return locale === 'en' ? en : fr
}
