import { enGB, fr } from 'date-fns/locale'
import { formatInTimeZone } from 'date-fns-tz'

import { renderHtml, renderText, type Part } from './layout'
import type { BookingView, Locale, MessageView, RenderedMessage, RestaurantView } from './types'

export type { MessageView, RenderedMessage } from './types'

const DATE_LOCALES = { fr, en: enGB }

/** "samedi 12 décembre 2026 à 19:30" / "Saturday 12 December 2026 at 19:30", in the restaurant's zone. */
export function formatWhen(iso: string, timeZone: string, locale: Locale): string {
  const pattern = locale === 'fr' ? "EEEE d MMMM yyyy 'à' HH:mm" : "EEEE d MMMM yyyy 'at' HH:mm"
  return formatInTimeZone(new Date(iso), timeZone, pattern, { locale: DATE_LOCALES[locale] })
}

function formatDay(localDate: string, locale: Locale): string {
  return formatInTimeZone(new Date(`${localDate}T12:00:00Z`), 'UTC', 'EEEE d MMMM', { locale: DATE_LOCALES[locale] })
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(amount)
}

const guests = (n: number, locale: Locale) => (locale === 'fr' ? `${n} ${n > 1 ? 'personnes' : 'personne'}` : `${n} ${n > 1 ? 'guests' : 'guest'}`)

const L = {
  fr: {
    reference: 'Référence',
    when: 'Quand',
    party: 'Couverts',
    where: 'Où',
    manage: 'Modifier ou annuler',
    calendar: 'Ajouter à mon agenda',
    hello: (name: string) => `Bonjour ${name},`,
  },
  en: {
    reference: 'Reference',
    when: 'When',
    party: 'Party',
    where: 'Where',
    manage: 'Change or cancel',
    calendar: 'Add to my calendar',
    hello: (name: string) => `Hello ${name},`,
  },
}

function bookingFacts(booking: BookingView, restaurant: RestaurantView, locale: Locale): Part {
  const t = L[locale]
  return {
    type: 'facts',
    rows: [
      [t.reference, booking.reference],
      [t.when, formatWhen(booking.startsAt, restaurant.timeZone, locale)],
      [t.party, guests(booking.partySize, locale)],
      [t.where, [restaurant.name, restaurant.address].filter(Boolean).join(', ')],
    ],
  }
}

function guestMessage(view: MessageView, subject: string, parts: Part[], sms?: string): RenderedMessage {
  return {
    subject,
    text: renderText(parts, view.restaurant, view.locale),
    html: renderHtml(subject, parts, view.restaurant, view.locale),
    sms,
  }
}

function staffMessage(view: MessageView, subject: string, parts: Part[]): RenderedMessage {
  return {
    subject,
    text: renderText(parts, view.restaurant, view.locale, true),
    html: renderHtml(subject, parts, view.restaurant, view.locale, true),
  }
}

/** Subject, HTML and text (and SMS text where there is one) for a message, in the view's language. */
export function renderMessage(view: MessageView): RenderedMessage {
  const { locale, restaurant } = view
  const t = L[locale]
  const fr = locale === 'fr'
  switch (view.kind) {
    case 'confirmation': {
      const { booking } = view
      const when = formatWhen(booking.startsAt, restaurant.timeZone, locale)
      return guestMessage(
        view,
        fr ? `Réservation confirmée — ${restaurant.name}, ${when}` : `Booking confirmed — ${restaurant.name}, ${when}`,
        [
          { type: 'p', text: t.hello(booking.guestName) },
          { type: 'p', text: fr ? 'Votre table est réservée. À très bientôt !' : 'Your table is booked. See you soon!' },
          bookingFacts(booking, restaurant, locale),
          { type: 'button', label: t.manage, url: booking.manageUrl },
          { type: 'link', label: t.calendar, url: booking.calendarUrl },
        ],
        fr
          ? `${restaurant.name} : table pour ${booking.partySize} le ${when}, réf. ${booking.reference}. Modifier : ${booking.manageUrl}`
          : `${restaurant.name}: table for ${booking.partySize} on ${when}, ref. ${booking.reference}. Manage: ${booking.manageUrl}`,
      )
    }
    case 'reminder': {
      const { booking } = view
      const when = formatWhen(booking.startsAt, restaurant.timeZone, locale)
      return guestMessage(
        view,
        fr ? `Rappel : votre table chez ${restaurant.name}, ${when}` : `Reminder: your table at ${restaurant.name}, ${when}`,
        [
          { type: 'p', text: t.hello(booking.guestName) },
          {
            type: 'p',
            text: fr
              ? 'Nous avons hâte de vous recevoir. Un empêchement ? Prévenez-nous en un clic, la table profitera à d’autres.'
              : 'We look forward to seeing you. Can’t make it? Let us know in one click so someone else can have the table.',
          },
          bookingFacts(booking, restaurant, locale),
          { type: 'button', label: t.manage, url: booking.manageUrl },
        ],
        fr
          ? `Rappel ${restaurant.name} : table pour ${booking.partySize} le ${when}. Un empêchement ? ${booking.manageUrl}`
          : `Reminder ${restaurant.name}: table for ${booking.partySize} on ${when}. Can't make it? ${booking.manageUrl}`,
      )
    }
    case 'deposit_request': {
      const { booking } = view
      const amount = booking.deposit ? formatMoney(booking.deposit.amount, booking.deposit.currency, locale) : ''
      const until = booking.deposit?.holdExpiresAt ? formatWhen(booking.deposit.holdExpiresAt, restaurant.timeZone, locale) : ''
      return guestMessage(view, fr ? `Acompte à régler — ${restaurant.name}` : `Deposit to pay — ${restaurant.name}`, [
        { type: 'p', text: t.hello(booking.guestName) },
        {
          type: 'p',
          text: fr
            ? `Nous gardons votre table jusqu’au ${until}. Elle sera confirmée dès le règlement de l’acompte de ${amount}.`
            : `We are holding your table until ${until}. It is confirmed as soon as the ${amount} deposit is paid.`,
        },
        bookingFacts(booking, restaurant, locale),
        { type: 'button', label: fr ? 'Voir ma réservation' : 'See my booking', url: booking.manageUrl },
      ])
    }
    case 'deposit_expired': {
      const { booking } = view
      return guestMessage(view, fr ? `Réservation non confirmée — ${restaurant.name}` : `Booking not confirmed — ${restaurant.name}`, [
        { type: 'p', text: t.hello(booking.guestName) },
        {
          type: 'p',
          text: fr
            ? 'L’acompte n’a pas été réglé à temps : la table a été libérée et rien ne vous a été débité. Vous pouvez réserver à nouveau en ligne.'
            : 'The deposit was not paid in time, so the table has been released and nothing was charged. You are welcome to book again online.',
        },
        bookingFacts(booking, restaurant, locale),
        { type: 'button', label: fr ? 'Réserver à nouveau' : 'Book again', url: `${restaurant.siteUrl}/${locale}/book` },
      ])
    }
    case 'change': {
      const { booking, previous } = view
      return guestMessage(view, fr ? `Réservation modifiée — ${restaurant.name}` : `Booking changed — ${restaurant.name}`, [
        { type: 'p', text: t.hello(booking.guestName) },
        {
          type: 'p',
          text: fr
            ? `Votre réservation a été modifiée. Avant : ${formatWhen(previous.startsAt, restaurant.timeZone, locale)}, ${guests(previous.partySize, locale)}.`
            : `Your booking has been changed. It was: ${formatWhen(previous.startsAt, restaurant.timeZone, locale)}, ${guests(previous.partySize, locale)}.`,
        },
        bookingFacts(booking, restaurant, locale),
        { type: 'button', label: t.manage, url: booking.manageUrl },
        { type: 'link', label: t.calendar, url: booking.calendarUrl },
      ])
    }
    case 'cancellation': {
      const { booking, refund } = view
      const refundText = refund?.amount
        ? fr
          ? `Un remboursement de ${formatMoney(refund.amount, refund.currency, locale)} est en cours sur votre moyen de paiement.`
          : `A refund of ${formatMoney(refund.amount, refund.currency, locale)} is on its way to your payment method.`
        : ''
      return guestMessage(view, fr ? `Réservation annulée — ${restaurant.name}` : `Booking cancelled — ${restaurant.name}`, [
        { type: 'p', text: t.hello(booking.guestName) },
        { type: 'p', text: fr ? 'Votre réservation est annulée.' : 'Your booking is cancelled.' },
        ...(refundText ? [{ type: 'p' as const, text: refundText }] : []),
        bookingFacts(booking, restaurant, locale),
        { type: 'button', label: fr ? 'Réserver une autre date' : 'Book another date', url: `${restaurant.siteUrl}/${locale}/book` },
      ])
    }
    case 'waitlist_offer': {
      const { offer } = view
      const expires = formatWhen(offer.expiresAt, restaurant.timeZone, locale)
      return guestMessage(view, fr ? `Une table s’est libérée — ${restaurant.name}` : `A table is free — ${restaurant.name}`, [
        { type: 'p', text: t.hello(offer.guestName) },
        {
          type: 'p',
          text: fr
            ? `Bonne nouvelle : une table pour ${guests(offer.partySize, locale)} s’est libérée le ${formatDay(offer.date, locale)} entre ${offer.windowStart} et ${offer.windowEnd}. Premier arrivé, premier servi : ce lien est valable jusqu’au ${expires}.`
            : `Good news: a table for ${guests(offer.partySize, locale)} came free on ${formatDay(offer.date, locale)} between ${offer.windowStart} and ${offer.windowEnd}. First come, first served: this link is valid until ${expires}.`,
        },
        { type: 'button', label: fr ? 'Réserver cette table' : 'Book this table', url: offer.url },
      ])
    }
    case 'staff_alert': {
      const { booking, event, largeParty } = view
      const when = formatWhen(booking.startsAt, restaurant.timeZone, locale)
      const what = fr
        ? { new: 'Nouvelle réservation', changed: 'Réservation modifiée', cancelled: 'Réservation annulée' }[event]
        : { new: 'New booking', changed: 'Booking changed', cancelled: 'Booking cancelled' }[event]
      const flag = largeParty ? (fr ? ' — grand groupe' : ' — large party') : ''
      const rows: [string, string][] = [
        [t.reference, booking.reference],
        [t.when, when],
        [t.party, guests(booking.partySize, locale)],
        [fr ? 'Client' : 'Guest', booking.guestName],
        ...(booking.guestPhone ? [[fr ? 'Téléphone' : 'Phone', booking.guestPhone] as [string, string]] : []),
        ...(booking.guestEmail ? [['Email', booking.guestEmail] as [string, string]] : []),
        ...(booking.occasion ? [[fr ? 'Occasion' : 'Occasion', booking.occasion] as [string, string]] : []),
        ...(booking.specialRequests ? [[fr ? 'Demandes' : 'Requests', booking.specialRequests] as [string, string]] : []),
        ...(booking.source ? [[fr ? 'Origine' : 'Source', booking.source] as [string, string]] : []),
      ]
      return staffMessage(view, `${what}${flag}: ${booking.guestName}, ${guests(booking.partySize, locale)}, ${when}`, [
        { type: 'facts', rows },
        { type: 'link', label: fr ? 'Ouvrir dans l’admin' : 'Open in the admin', url: `${restaurant.siteUrl}/admin/collections/reservations?search=${encodeURIComponent(booking.reference)}` },
      ])
    }
    case 'contact_copy': {
      const { contact } = view
      return staffMessage(view, `${fr ? 'Message du site' : 'Message from the site'}: ${contact.subject ?? contact.name}`, [
        {
          type: 'facts',
          rows: [
            [fr ? 'De' : 'From', contact.name],
            ['Email', contact.email],
            ...(contact.phone ? [[fr ? 'Téléphone' : 'Phone', contact.phone] as [string, string]] : []),
          ],
        },
        { type: 'p', text: contact.message },
        { type: 'link', label: fr ? 'Répondre' : 'Reply', url: `mailto:${contact.email}` },
      ])
    }
  }
}
