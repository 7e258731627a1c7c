import type { Language } from '../locale'

/**
 * Every refusal a custom endpoint or a booking hook can answer, by its stable code. Clients decide
 * on the code (retry, offer to force, which field to mark) and show the message for it in their
 * own language; the text may change, the code never does.
 */
export type ErrorParams = Record<string, string | number | undefined>

type Text = string | ((params: ErrorParams) => string)

const STATUS_NAMES: Record<Language, Record<string, string>> = {
  en: { pending_payment: 'pending payment', confirmed: 'confirmed', seated: 'seated', completed: 'completed', cancelled: 'cancelled', no_show: 'no-show' },
  fr: { pending_payment: 'en attente de paiement', confirmed: 'confirmée', seated: 'installée', completed: 'terminée', cancelled: 'annulée', no_show: 'absente' },
}
const status = (language: Language, value: unknown) => STATUS_NAMES[language][String(value)] ?? String(value)

export const ERROR_MESSAGES = {
  // The request itself
  invalid_json: { en: 'The request body must be valid JSON', fr: 'Le corps de la requête doit être du JSON valide' },
  invalid: { en: 'This value is not valid', fr: 'Cette valeur n’est pas valide' },
  required: { en: 'This field is required', fr: 'Ce champ est obligatoire' },
  not_a_number: { en: 'Give a number', fr: 'Donnez un nombre' },
  not_whole: { en: 'Give a whole number', fr: 'Donnez un nombre entier' },
  too_small: {
    en: ({ minimum }) => `Too small or too short: at least ${minimum}`,
    fr: ({ minimum }) => `Trop petit ou trop court : au moins ${minimum}`,
  },
  too_big: {
    en: ({ maximum }) => `Too large or too long: at most ${maximum}`,
    fr: ({ maximum }) => `Trop grand ou trop long : au plus ${maximum}`,
  },
  not_an_option: {
    en: ({ options }) => (options ? `Choose one of ${options}` : 'Choose one of the allowed values'),
    fr: ({ options }) => (options ? `Choisissez parmi ${options}` : 'Choisissez une des valeurs permises'),
  },
  invalid_date: { en: 'Use a real date as YYYY-MM-DD', fr: 'Donnez une date réelle au format AAAA-MM-JJ' },
  invalid_datetime: {
    en: 'Give an ISO date-time with its offset, e.g. 2026-12-24T19:30:00+01:00',
    fr: 'Donnez une date et heure ISO avec son décalage, par ex. 2026-12-24T19:30:00+01:00',
  },
  invalid_time: { en: 'Use a time like 19:00', fr: 'Donnez une heure comme 19:00' },
  name_required: { en: 'Enter your name', fr: 'Saisissez votre nom' },
  invalid_email: { en: 'Enter a valid email address', fr: 'Saisissez une adresse e-mail valide' },
  invalid_phone: { en: 'Enter a phone number, e.g. +33 6 12 34 56 78', fr: 'Saisissez un numéro de téléphone, par ex. 06 12 34 56 78' },
  invalid_amount: { en: 'Enter an amount such as 12.50', fr: 'Saisissez un montant tel que 12,50' },
  amount_too_large: { en: 'This amount is too large', fr: 'Ce montant est trop élevé' },
  phone_no_sms: {
    en: 'This number cannot receive text messages: give a mobile number, or untick the SMS option',
    fr: 'Ce numéro ne peut pas recevoir de SMS : indiquez un mobile ou décochez l’option SMS',
  },
  date_or_range: { en: 'Give either date, or from and to', fr: 'Donnez soit date, soit from et to' },
  range_incomplete: { en: 'Give both from and to', fr: 'Donnez from et to' },
  range_reversed: { en: '"from" must not be after "to"', fr: '« from » ne doit pas être après « to »' },
  range_too_long: {
    en: ({ days }) => `Ask for at most ${days} days at once`,
    fr: ({ days }) => `Demandez au plus ${days} jours à la fois`,
  },
  window_reversed: { en: 'The window must end after it starts', fr: 'La plage horaire doit finir après son début' },
  invalid_score: { en: 'Choose a score from 1 to 5', fr: 'Choisissez une note de 1 à 5' },
  invalid_reference: { en: 'Enter the booking reference as printed, e.g. K7Q-4MX', fr: 'Saisissez la référence telle qu’imprimée, par ex. K7Q-4MX' },
  same_email: { en: 'This is already the booking’s email address', fr: 'C’est déjà l’adresse e-mail de la réservation' },
  current_password_required: { en: 'Enter your current password to choose a new one', fr: 'Saisissez votre mot de passe actuel pour en choisir un nouveau' },
  funnel_marker_missing: { en: 'Only the booking wizard sends funnel events', fr: 'Seul l’assistant de réservation envoie les étapes du parcours' },
  funnel_step_repeated: { en: 'Send each step once per event', fr: 'Envoyez chaque étape une seule fois par événement' },
  nothing_to_change: { en: 'Nothing to change: give startsAt, partySize or specialRequests', fr: 'Rien à modifier : donnez startsAt, partySize ou specialRequests' },

  // Who is asking
  unauthorized: { en: 'Sign in first', fr: 'Connectez-vous d’abord' },
  wrong_credentials: { en: 'The email or password is incorrect', fr: 'L’e-mail ou le mot de passe est incorrect' },
  password_too_short: { en: 'Use at least 10 characters', fr: 'Utilisez au moins 10 caractères' },
  wrong_password: { en: 'The current password is incorrect', fr: 'Le mot de passe actuel est incorrect' },
  forbidden: { en: 'You are not allowed to do this', fr: 'Vous n’avez pas le droit de faire cela' },
  invalid_token: { en: 'This link has expired or was already used. Ask for a new one.', fr: 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.' },
  email_link_invalid: {
    en: 'This confirmation link is not valid (mistyped or already replaced). Ask for a new one from your booking page.',
    fr: 'Ce lien de confirmation n’est pas valide (mal copié ou remplacé). Demandez-en un nouveau depuis la page de votre réservation.',
  },
  email_link_expired: {
    en: 'This confirmation link has expired. Ask for a new one from your booking page.',
    fr: 'Ce lien de confirmation a expiré. Demandez-en un nouveau depuis la page de votre réservation.',
  },
  unknown_provider: { en: 'This sign-in provider is not configured', fr: 'Ce fournisseur de connexion n’est pas configuré' },
  rate_limited: {
    en: ({ seconds }) => `Too many requests. Try again in ${seconds} seconds.`,
    fr: ({ seconds }) => `Trop de demandes. Réessayez dans ${seconds} secondes.`,
  },

  // What is asked for
  not_found: { en: 'Not found', fr: 'Introuvable' },
  restaurant_not_found: { en: 'No restaurant has this address', fr: 'Aucun restaurant à cette adresse' },
  reservation_not_found: { en: 'No such reservation', fr: 'Cette réservation n’existe pas' },
  guest_not_found: { en: 'No such guest', fr: 'Ce client n’existe pas' },
  booking_not_found: {
    en: 'This booking link is not valid. Check the link in your confirmation email.',
    fr: 'Ce lien de réservation n’est pas valide. Vérifiez le lien de votre e-mail de confirmation.',
  },
  booking_link_expired: {
    en: 'This booking link has expired: the visit is over. Contact the restaurant if you need anything.',
    fr: 'Ce lien de réservation a expiré : la visite est passée. Contactez le restaurant si besoin.',
  },
  feedback_not_found: {
    en: 'This feedback link is not valid. Check the link in the email we sent after your visit.',
    fr: 'Ce lien d’avis n’est pas valide. Vérifiez le lien de l’e-mail reçu après votre visite.',
  },
  feedback_closed: {
    en: 'This feedback link has expired: answers are taken for 30 days after the visit.',
    fr: 'Ce lien d’avis a expiré : les avis sont reçus pendant 30 jours après la visite.',
  },

  // The booking rules (the engine's reasons first)
  closed: { en: 'The restaurant is closed at that time', fr: 'Le restaurant est fermé à cette heure-là' },
  too_soon: { en: 'That time is too soon to book online', fr: 'Cette heure est trop proche pour réserver en ligne' },
  too_far: { en: 'That date is beyond the booking window', fr: 'Cette date est au-delà de la période de réservation' },
  pacing: {
    en: 'Too many guests already arrive at that time. Please choose another time.',
    fr: 'Trop de convives arrivent déjà à cette heure. Choisissez une autre heure.',
  },
  no_table: {
    en: 'No table is free for your party at that time any more. Please choose another time.',
    fr: 'Plus aucune table n’est libre pour votre groupe à cette heure. Choisissez une autre heure.',
  },
  not_a_slot: { en: 'That time is not one of the bookable slots', fr: 'Cette heure ne fait pas partie des créneaux réservables' },
  time_passed: { en: 'That time has already passed', fr: 'Cette heure est déjà passée' },
  table_taken: { en: 'One of these tables is already taken at that time', fr: 'Une de ces tables est déjà prise à cette heure' },
  tables_too_small: { en: 'The chosen tables do not seat this party', fr: 'Les tables choisies ne peuvent pas accueillir ce groupe' },
  tables_elsewhere: { en: 'The chosen tables belong to another restaurant', fr: 'Les tables choisies appartiennent à un autre restaurant' },
  ends_before_starts: { en: 'The end must be after the start', fr: 'La fin doit être après le début' },
  party_too_large: {
    en: ({ max, phone }) => `For more than ${max} guests, please call the restaurant${phone ? ` at ${phone}` : ''}`,
    fr: ({ max, phone }) => `Au-delà de ${max} convives, appelez le restaurant${phone ? ` au ${phone}` : ''}`,
  },
  date_out_of_range: { en: 'That date cannot be booked', fr: 'Cette date ne peut pas être réservée' },
  // The site's forms: a filled honeypot or a form sent faster than a person can (src/domain/forms/trap.ts).
  suspected_bot: {
    en: 'Your request could not be sent. Please wait a few seconds and try again.',
    fr: 'Votre demande n’a pas pu être envoyée. Patientez quelques secondes et réessayez.',
  },
  deposit_required: {
    en: 'This change needs a deposit. Please call the restaurant or make a new booking.',
    fr: 'Cette modification demande un acompte. Appelez le restaurant ou faites une nouvelle réservation.',
  },
  not_changeable: {
    en: ({ status: s }) => (s ? `This booking is ${status('en', s)} and can no longer be changed` : 'This booking can no longer be changed'),
    fr: ({ status: s }) => (s ? `Cette réservation est ${status('fr', s)} et ne peut plus être modifiée` : 'Cette réservation ne peut plus être modifiée'),
  },
  already_started: { en: 'This booking has already started', fr: 'Cette réservation a déjà commencé' },
  invalid_transition: {
    en: ({ from, to }) => `A ${status('en', from)} booking cannot become ${status('en', to)}`,
    fr: ({ from, to }) => `Une réservation ${status('fr', from)} ne peut pas devenir ${status('fr', to)}`,
  },
  spend_needs_completion: { en: 'A spend is entered when the booking is completed', fr: 'Une dépense se saisit en terminant la réservation' },

  // Payments
  payment_unavailable: {
    en: 'Payments are unavailable right now. Nothing was charged; please try again in a moment.',
    fr: 'Le paiement est indisponible pour le moment. Rien n’a été débité ; réessayez dans un instant.',
  },
  not_payable: { en: 'This booking is not waiting for a deposit any more', fr: 'Cette réservation n’attend plus d’acompte' },
  not_refundable: { en: 'This booking has no paid deposit left to refund', fr: 'Cette réservation n’a plus d’acompte payé à rembourser' },
  amount_too_high: {
    en: ({ left }) => `At most ${left} is left to refund`,
    fr: ({ left }) => `Il reste au plus ${left} à rembourser`,
  },

  // Staff tools
  same_guest: { en: 'A guest cannot be merged into itself', fr: 'Un client ne peut pas être fusionné avec lui-même' },
  merge_forbidden: {
    en: 'Only a manager of every restaurant this guest booked at can merge them',
    fr: 'Seul un responsable de chaque restaurant où ce client a réservé peut le fusionner',
  },
  refund_forbidden: { en: 'Only a manager or owner of this restaurant can refund', fr: 'Seul un responsable ou le propriétaire de ce restaurant peut rembourser' },
  table_has_bookings: {
    en: ({ count }) => `Upcoming bookings${count ? ` (${count})` : ''} hold this table: move them to other tables first`,
    fr: ({ count }) => `Des réservations à venir${count ? ` (${count})` : ''} occupent cette table : déplacez-les d’abord sur d’autres tables`,
  },
  table_has_history: {
    en: 'Past bookings were seated at this table: deactivate it instead, so their record stays whole',
    fr: 'Des réservations passées ont eu lieu à cette table : désactivez-la plutôt, pour garder leur historique intact',
  },

  // The team
  account_disabled: { en: 'This account is disabled. Ask the restaurant’s owner.', fr: 'Ce compte est désactivé. Adressez-vous au propriétaire du restaurant.' },
  own_account: { en: 'Nobody changes their own role or disables themselves', fr: 'Personne ne change son propre rôle ni ne se désactive soi-même' },
  role_too_high: { en: 'You can only give the roles of manager and host', fr: 'Vous ne pouvez donner que les rôles de responsable et d’hôte' },
  not_your_staff: { en: 'This person is not on the staff of your restaurants', fr: 'Cette personne ne fait pas partie de l’équipe de vos restaurants' },
  shared_staff: {
    en: 'This person also works for a restaurant you do not own: you can only add or remove your own restaurants',
    fr: 'Cette personne travaille aussi pour un restaurant qui n’est pas le vôtre : vous pouvez seulement ajouter ou retirer vos restaurants',
  },
  email_unavailable: { en: 'The email could not be sent right now; nothing was changed. Try again in a moment.', fr: 'L’e-mail n’a pas pu partir pour le moment ; rien n’a été modifié. Réessayez dans un instant.' },
  restaurant_not_yours: { en: 'You can only give access to your own restaurants', fr: 'Vous ne pouvez donner accès qu’à vos propres restaurants' },
  category_elsewhere: { en: 'This category belongs to another restaurant’s menu', fr: 'Cette catégorie appartient à la carte d’un autre restaurant' },

  // Integration keys (partners' API access)
  integration_inactive: { en: 'This API key has been revoked', fr: 'Cette clé d’API a été révoquée' },
  integration_scope: {
    en: ({ scope }) => `This API key may not do this${scope ? ` (it lacks the ${scope} scope)` : ''}`,
    fr: ({ scope }) => `Cette clé d’API n’a pas le droit de faire cela${scope ? ` (il lui manque le droit ${scope})` : ''}`,
  },
  integration_restaurant: { en: 'This API key was not given access to this restaurant', fr: 'Cette clé d’API n’a pas accès à ce restaurant' },

  // The public site's addresses
  slug_taken: { en: 'Another page of this restaurant already uses this slug', fr: 'Une autre page de ce restaurant utilise déjà ce slug' },
  slug_reserved: {
    en: 'The site already uses this word in its addresses (menu, book, account…): choose another slug',
    fr: 'Le site utilise déjà ce mot dans ses adresses (menu, book, account…) : choisissez un autre slug',
  },

  // Outbound webhooks (an owner's receiving address)
  webhook_url_insecure: {
    en: 'Webhooks are sent only to https:// addresses',
    fr: 'Les webhooks ne sont envoyés qu’à des adresses https://',
  },
  webhook_url_private: {
    en: 'This address is on a private network (localhost, 10.x, 192.168.x, 169.254.x…): webhooks go only to public addresses',
    fr: 'Cette adresse est sur un réseau privé (localhost, 10.x, 192.168.x, 169.254.x…) : les webhooks ne partent que vers des adresses publiques',
  },

  // The booking widget's allowed sites (a restaurant's embedOrigins)
  invalid_origin: {
    en: ({ origin }) => `${origin === undefined ? 'This' : `"${origin}"`} is not a site address: give https://host or https://host:port, with no path`,
    fr: ({ origin }) => `${origin === undefined ? 'Ce n’est' : `« ${origin} » n’est`} pas une adresse de site : indiquez https://hôte ou https://hôte:port, sans chemin`,
  },

  server_error: { en: 'Something went wrong on our side. Please try again.', fr: 'Un problème est survenu de notre côté. Réessayez.' },
} satisfies Record<string, Record<Language, Text>>

export type ErrorCode = keyof typeof ERROR_MESSAGES

/** The codes, for clients and documentation. */
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[]

/**
 * The booking rules a manager may force in the admin (recorded in the audit log). A table already
 * taken is not one of them: the database refuses it whatever the rules say.
 */
const FORCIBLE: readonly ErrorCode[] = ['closed', 'too_soon', 'time_passed', 'too_far', 'pacing', 'no_table', 'not_a_slot', 'tables_too_small']

export function managerMayForce(code: string | null | undefined): boolean {
  return isErrorCode(code) && FORCIBLE.includes(code)
}

/** What staff can do about a refused change in the admin, said after the reason. */
const REMEDIES = {
  override: { en: 'Tick "Override booking rules" to force it', fr: 'Cochez la case qui force les règles de réservation pour l’imposer' },
  manager_only: { en: 'Only a manager can override the booking rules', fr: 'Seul un responsable peut forcer les règles de réservation' },
  other_table: { en: 'Choose another table or time', fr: 'Choisissez une autre table ou une autre heure' },
} satisfies Record<string, Record<Language, string>>

export type Remedy = keyof typeof REMEDIES

export function isRemedy(value: unknown): value is Remedy {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REMEDIES, value)
}

export function remedyMessage(remedy: Remedy, language: Language): string {
  return REMEDIES[remedy][language]
}

/** A refused change as staff read it: the reason, then what they can do about it. */
export function refusalWithRemedy(code: string, remedy: string | null | undefined, language: Language, params?: ErrorParams): string {
  const reason = errorMessage(code, language, params)
  return isRemedy(remedy) ? `${reason}. ${remedyMessage(remedy, language)}.` : reason
}

const FALLBACK: Record<Language, string> = {
  en: 'The request was refused',
  fr: 'La demande a été refusée',
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}

/** The message for a code in a language; a code this table does not know gets a general refusal. */
export function errorMessage(code: string | null | undefined, language: Language, params: ErrorParams = {}): string {
  if (!isErrorCode(code)) return FALLBACK[language]
  const text: Text = ERROR_MESSAGES[code][language]
  return typeof text === 'function' ? text(params) : text
}

/**
 * The code for an HTTP status when nothing more precise is known (an error from Payload itself).
 */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server_error'
  return 'invalid'
}
