import { helpEn, helpFr } from '../help/words'

/**
 * The host's own words in the admin (beside the reservation plugin's `reservations:` namespace):
 * the team's invitation form (`team:`) and the Help view's chrome (`help:`, in src/help/words.ts). Payload's i18n; read with `useTranslation()`.
 */
const en = {
  invite: 'Invite a member of staff',
  name: 'Name',
  email: 'Email',
  role: 'Role',
  restaurants: 'Restaurants',
  language: 'Language of the invitation',
  send: 'Send the invitation',
  cancel: 'Cancel',
  sent: 'Invitation sent to {{email}}. The link to choose a password works for 3 days.',
  offline: 'The invitation could not be sent; check the connection and try again.',
  role_owner: 'Owner',
  role_manager: 'Manager',
  role_host: 'Host',
  role_admin: 'Admin',
  language_fr: 'French',
  language_en: 'English',
}

export type TeamWords = typeof en

const fr: TeamWords = {
  invite: 'Inviter un membre de l’équipe',
  name: 'Nom',
  email: 'E-mail',
  role: 'Rôle',
  restaurants: 'Restaurants',
  language: 'Langue de l’invitation',
  send: 'Envoyer l’invitation',
  cancel: 'Annuler',
  sent: 'Invitation envoyée à {{email}}. Le lien pour choisir un mot de passe est valable 3 jours.',
  offline: 'L’invitation n’a pas pu être envoyée ; vérifiez la connexion et réessayez.',
  role_owner: 'Propriétaire',
  role_manager: 'Responsable',
  role_host: 'Hôte',
  role_admin: 'Administrateur',
  language_fr: 'Français',
  language_en: 'Anglais',
}

export const adminTranslations = { en: { team: en, help: helpEn }, fr: { team: fr, help: helpFr } }
export type TeamKey = `team:${keyof TeamWords}`
