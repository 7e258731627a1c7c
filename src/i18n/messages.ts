import type { Locale } from './config'

const fr = {
  skipToContent: 'Aller au contenu',
  book: 'Réserver une table',
  hours: "Horaires d'ouverture",
  closed: 'Fermé',
  lastSeating: 'dernière table à',
  featured: 'À la carte',
  address: 'Adresse',
  phone: 'Téléphone',
  language: 'Langue',
  switchTo: 'English',
  days: { mon: 'Lundi', tue: 'Mardi', wed: 'Mercredi', thu: 'Jeudi', fri: 'Vendredi', sat: 'Samedi', sun: 'Dimanche' },
  mainNav: 'Navigation principale',
  footerNav: 'Liens du pied de page',
}

type Messages = typeof fr

const en: Messages = {
  skipToContent: 'Skip to content',
  book: 'Book a table',
  hours: 'Opening hours',
  closed: 'Closed',
  lastSeating: 'last seating',
  featured: 'On the menu',
  address: 'Address',
  phone: 'Phone',
  language: 'Language',
  switchTo: 'Français',
  days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  mainNav: 'Main navigation',
  footerNav: 'Footer links',
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : fr
}
