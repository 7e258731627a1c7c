/**
 * The Help view's own words (Payload's i18n, `help:` namespace, beside the host's `team:`): the
 * chrome around the guide, whose text is the guide itself, in the admin's language.
 */
export const helpEn = {
  title: 'Help',
  navLink: 'Help',
  contents: 'Contents',
  onThisPage: 'On this page',
  search: 'Search the guide',
  searchPlaceholder: 'e.g. deposit, walk-in, no-show',
  noResults: 'Nothing in the guide matches “{{query}}”.',
  results_one: '{{count}} result',
  results_other: '{{count}} results',
  missingPage: 'This page of the guide could not be read.',
}

export type HelpWords = typeof helpEn

export const helpFr: HelpWords = {
  title: 'Aide',
  navLink: 'Aide',
  contents: 'Sommaire',
  onThisPage: 'Sur cette page',
  search: 'Chercher dans le guide',
  searchPlaceholder: 'par ex. acompte, sans réservation, absent',
  noResults: 'Rien dans le guide ne correspond à « {{query}} ».',
  results_one: '{{count}} résultat',
  results_other: '{{count}} résultats',
  missingPage: 'Cette page du guide n’a pas pu être lue.',
}

export type HelpKey = `help:${keyof HelpWords}`
