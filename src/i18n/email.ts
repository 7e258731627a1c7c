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

/**
 * The staff invitation: a sign-up link to choose a password (Payload's reset page in the admin), or,
 * for an address that already has a staff account elsewhere, a note that nothing was changed.
 */
const staffEn = {
  inviteSubject: 'You are invited to join {restaurants} on {site}',
  inviteTitle: 'Welcome to the team',
  inviteBody: '{inviter} invites you to work for {restaurants} as {role}. Choose your password to sign in to the staff admin.',
  inviteButton: 'Choose my password',
  inviteFooter: 'This link works for {days} days. If you do not know {inviter}, ignore this email: no one can sign in without choosing a password.',
  existingSubject: 'An invitation to join {restaurants} on {site}',
  existingTitle: 'You already have a staff account',
  existingBody: '{inviter} invited you to work for {restaurants} as {role}. Your account works for another restaurant, so nothing was changed: ask an administrator of {site} to add {restaurants} to it.',
  existingFooter: 'You are receiving this because your address was invited at {site}.',
  role_owner: 'owner',
  role_manager: 'manager',
  role_host: 'host',
  role_admin: 'administrator',
}

export type StaffEmailMessages = typeof staffEn

const staffFr: StaffEmailMessages = {
  inviteSubject: 'Vous êtes invité à rejoindre {restaurants} sur {site}',
  inviteTitle: 'Bienvenue dans l’équipe',
  inviteBody: '{inviter} vous invite à travailler pour {restaurants} en tant que {role}. Choisissez votre mot de passe pour vous connecter à l’administration.',
  inviteButton: 'Choisir mon mot de passe',
  inviteFooter: 'Ce lien est valable {days} jours. Si vous ne connaissez pas {inviter}, ignorez ce message : personne ne peut se connecter sans choisir un mot de passe.',
  existingSubject: 'Une invitation à rejoindre {restaurants} sur {site}',
  existingTitle: 'Vous avez déjà un compte d’équipe',
  existingBody: '{inviter} vous a invité à travailler pour {restaurants} en tant que {role}. Votre compte sert déjà un autre restaurant, rien n’a donc été modifié : demandez à un administrateur de {site} d’y ajouter {restaurants}.',
  existingFooter: 'Vous recevez ce message parce que votre adresse a été invitée sur {site}.',
  role_owner: 'propriétaire',
  role_manager: 'responsable',
  role_host: 'hôte',
  role_admin: 'administrateur',
}

export function staffEmailMessagesFor(locale: Locale): StaffEmailMessages {
  return locale === 'en' ? staffEn : staffFr
}
