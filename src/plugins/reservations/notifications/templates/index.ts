import { enGB, fr } from 'date-fns/locale'
import { formatInTimeZone } from 'date-fns-tz'

import { formatMinor } from '../../../../domain/money'
import { renderEmail, translator, type EmailBlock, type Translator } from '../../../../infrastructure/email'
import { emailTranslations, type EmailTranslations } from '../../translations/email'
import type { BookingView, Locale, MessageView, RenderedMessage, RestaurantView } from './types'

export type { MessageView, RenderedMessage } from './types'

const DATE_LOCALES = { fr, en: enGB }

type T = Translator<EmailTranslations>

/** The dictionary of a message's language: every word of the booking emails comes from translations/email. */
export function emailTranslator(locale: Locale): T {
  return translator(emailTranslations[locale], locale)
}

/** "samedi 12 décembre 2026 à 19:30" / "Saturday 12 December 2026 at 19:30", in the restaurant's zone. */
export function formatWhen(iso: string, timeZone: string, locale: Locale): string {
  return formatInTimeZone(new Date(iso), timeZone, emailTranslations[locale].dateTimePattern, { locale: DATE_LOCALES[locale] })
}

function formatDay(localDate: string, locale: Locale): string {
  return formatInTimeZone(new Date(`${localDate}T12:00:00Z`), 'UTC', emailTranslations[locale].dayPattern, { locale: DATE_LOCALES[locale] })
}

/** The visit's local day, for "your visit of Tuesday 1 December". */
function localDateIn(iso: string, timeZone: string): string {
  return formatInTimeZone(new Date(iso), timeZone, 'yyyy-MM-dd')
}

/** An average score with the language's decimal mark: 4,5 / 4.5. */
function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(score)
}

/** Amounts arrive in minor units (1250 = 12,50 €), written with the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string, locale: Locale): string {
  return formatMinor(amountMinor, currency, locale)
}

const OCCASIONS: Record<string, keyof EmailTranslations> = {
  birthday: 'occasionBirthday',
  anniversary: 'occasionAnniversary',
  business: 'occasionBusiness',
  date: 'occasionDate',
  celebration: 'occasionCelebration',
  other: 'occasionOther',
}

const SOURCES: Record<string, keyof EmailTranslations> = {
  online: 'sourceOnline',
  phone: 'sourcePhone',
  walk_in: 'sourceWalkIn',
  staff: 'sourceStaff',
  api: 'sourceApi',
}

const STAFF_EVENTS = { new: 'staffNew', changed: 'staffChanged', cancelled: 'staffCancelled' } as const

function bookingFacts(booking: BookingView, restaurant: RestaurantView, locale: Locale, { t, count }: T): EmailBlock {
  return {
    type: 'facts',
    rows: [
      [t('reference'), booking.reference],
      [t('when'), formatWhen(booking.startsAt, restaurant.timeZone, locale)],
      [t('party'), count('guests', booking.partySize)],
      [t('where'), [restaurant.name, restaurant.address].filter(Boolean).join(', ')],
    ],
  }
}

function contactLine(restaurant: RestaurantView): string {
  return [restaurant.name, restaurant.address, restaurant.phone, restaurant.email].filter(Boolean).join(' · ')
}

/** The "find my booking" page, for a guest who loses this email later. */
function findBookingUrl(restaurant: RestaurantView, locale: Locale): string {
  return `${restaurant.siteUrl}/${locale}/find-booking`
}

/** To a guest: the owner's note and the restaurant's details under the body. */
function guestMessage(view: MessageView, subject: string, blocks: EmailBlock[], sms?: string): RenderedMessage {
  const { restaurant, locale } = view
  const footer = [contactLine(restaurant), emailTranslator(locale).t('footer', { restaurant: restaurant.name })]
  return { ...renderEmail({ language: locale, subject, sender: restaurant.name, blocks, note: restaurant.note, footer }), sms }
}

/** To the restaurant's team: the facts only. */
function staffMessage(view: MessageView, subject: string, blocks: EmailBlock[]): RenderedMessage {
  return renderEmail({ language: view.locale, subject, sender: view.restaurant.name, blocks })
}

/** Subject, HTML and text (and SMS text where there is one) for a message, in the view's language. */
export function renderMessage(view: MessageView): RenderedMessage {
  const { locale, restaurant } = view
  const tr = emailTranslator(locale)
  const { t, count } = tr
  const name = restaurant.name
  switch (view.kind) {
    case 'confirmation': {
      const { booking } = view
      const when = formatWhen(booking.startsAt, restaurant.timeZone, locale)
      return guestMessage(
        view,
        t('confirmationSubject', { restaurant: name, when }),
        [
          { type: 'p', text: t('hello', { name: booking.guestName }) },
          { type: 'p', text: t('confirmationBody') },
          bookingFacts(booking, restaurant, locale, tr),
          { type: 'button', label: t('manage'), url: booking.manageUrl },
          { type: 'link', label: t('addToCalendar'), url: booking.calendarUrl },
          { type: 'link', label: t('lostLink'), url: findBookingUrl(restaurant, locale) },
        ],
        t('confirmationSms', { restaurant: name, partySize: booking.partySize, when, reference: booking.reference, url: booking.manageUrl }),
      )
    }
    case 'reminder': {
      const { booking } = view
      const when = formatWhen(booking.startsAt, restaurant.timeZone, locale)
      return guestMessage(
        view,
        t('reminderSubject', { restaurant: name, when }),
        [
          { type: 'p', text: t('hello', { name: booking.guestName }) },
          { type: 'p', text: t('reminderBody') },
          bookingFacts(booking, restaurant, locale, tr),
          { type: 'button', label: t('manage'), url: booking.manageUrl },
        ],
        t('reminderSms', { restaurant: name, partySize: booking.partySize, when, url: booking.manageUrl }),
      )
    }
    case 'deposit_request': {
      const { booking } = view
      const amount = booking.deposit ? formatMoney(booking.deposit.amountMinor, booking.deposit.currency, locale) : ''
      const until = booking.deposit?.holdExpiresAt ? formatWhen(booking.deposit.holdExpiresAt, restaurant.timeZone, locale) : ''
      return guestMessage(view, t('depositRequestSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('depositRequestBody', { until, amount }) },
        bookingFacts(booking, restaurant, locale, tr),
        { type: 'button', label: t('depositRequestButton'), url: booking.manageUrl },
      ])
    }
    case 'deposit_expired': {
      const { booking } = view
      return guestMessage(view, t('depositExpiredSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('depositExpiredBody') },
        bookingFacts(booking, restaurant, locale, tr),
        { type: 'button', label: t('depositExpiredButton'), url: restaurant.bookUrl ?? `${restaurant.siteUrl}/${locale}/book` },
      ])
    }
    case 'change': {
      const { booking, previous } = view
      const before = { when: formatWhen(previous.startsAt, restaurant.timeZone, locale), guests: count('guests', previous.partySize) }
      return guestMessage(view, t('changeSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('changeBody', before) },
        bookingFacts(booking, restaurant, locale, tr),
        { type: 'button', label: t('manage'), url: booking.manageUrl },
        { type: 'link', label: t('addToCalendar'), url: booking.calendarUrl },
      ])
    }
    case 'cancellation': {
      const { booking, refund } = view
      const refundText = refund?.amountMinor ? t('cancellationRefund', { amount: formatMoney(refund.amountMinor, refund.currency, locale) }) : ''
      return guestMessage(view, t('cancellationSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('cancellationBody') },
        ...(refundText ? [{ type: 'p' as const, text: refundText }] : []),
        bookingFacts(booking, restaurant, locale, tr),
        { type: 'button', label: t('cancellationButton'), url: restaurant.bookUrl ?? `${restaurant.siteUrl}/${locale}/book` },
      ])
    }
    case 'waitlist_offer': {
      const { offer } = view
      return guestMessage(view, t('waitlistOfferSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: offer.guestName }) },
        {
          type: 'p',
          text: t('waitlistOfferBody', {
            guests: count('guests', offer.partySize),
            day: formatDay(offer.date, locale),
            from: offer.windowStart,
            to: offer.windowEnd,
            expires: formatWhen(offer.expiresAt, restaurant.timeZone, locale),
          }),
        },
        { type: 'button', label: t('waitlistOfferButton'), url: offer.url },
      ])
    }
    case 'staff_alert': {
      const { booking, event, largeParty } = view
      const when = formatWhen(booking.startsAt, restaurant.timeZone, locale)
      const what = t(STAFF_EVENTS[event])
      const guests = count('guests', booking.partySize)
      const optional = (label: keyof EmailTranslations, value: string | undefined): [string, string][] => (value ? [[t(label), value]] : [])
      const translated = (table: Record<string, keyof EmailTranslations>, value: string | undefined) => (value && table[value] ? t(table[value]) : value)
      const rows: [string, string][] = [
        [t('reference'), booking.reference],
        [t('when'), when],
        [t('party'), guests],
        [t('staffGuest'), booking.guestName],
        ...optional('staffPhone', booking.guestPhone),
        ...optional('staffEmail', booking.guestEmail),
        ...optional('staffOccasion', translated(OCCASIONS, booking.occasion)),
        ...optional('staffRequests', booking.specialRequests),
        ...optional('staffSource', translated(SOURCES, booking.source)),
      ]
      const heading = largeParty ? t('staffLargeParty', { event: what }) : what
      return staffMessage(view, t('staffSubject', { event: heading, guest: booking.guestName, guests, when }), [
        { type: 'facts', rows },
        { type: 'link', label: t('staffOpenAdmin'), url: `${restaurant.siteUrl}/admin/collections/reservations?search=${encodeURIComponent(booking.reference)}` },
      ])
    }
    case 'booking_link': {
      const { booking } = view
      return guestMessage(view, t('bookingLinkSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('bookingLinkBody') },
        bookingFacts(booking, restaurant, locale, tr),
        { type: 'button', label: t('manage'), url: booking.manageUrl },
        { type: 'p', text: t('notYou') },
      ])
    }
    case 'email_change': {
      const { booking, confirmUrl, expiresAt } = view
      return guestMessage(view, t('emailChangeSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('emailChangeBody', { reference: booking.reference, until: formatWhen(expiresAt, restaurant.timeZone, locale) }) },
        bookingFacts(booking, restaurant, locale, tr),
        { type: 'button', label: t('emailChangeButton'), url: confirmUrl },
        { type: 'p', text: t('emailChangeNotYou') },
      ])
    }
    case 'email_changed': {
      const { booking, newEmail } = view
      return guestMessage(view, t('emailChangedSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('emailChangedBody', { reference: booking.reference, email: newEmail }) },
        bookingFacts(booking, restaurant, locale, tr),
        // The link this address already had still opens the booking (to change the address back).
        { type: 'button', label: t('manage'), url: booking.manageUrl },
      ])
    }
    case 'feedback_request': {
      const { booking, feedbackUrl, optOutUrl } = view
      const day = formatDay(localDateIn(booking.startsAt, restaurant.timeZone), locale)
      return guestMessage(view, t('feedbackRequestSubject', { restaurant: name }), [
        { type: 'p', text: t('hello', { name: booking.guestName }) },
        { type: 'p', text: t('feedbackRequestBody', { day }) },
        { type: 'button', label: t('feedbackRequestButton'), url: feedbackUrl },
        { type: 'p', text: t('feedbackOptOutNote') },
        { type: 'link', label: t('feedbackOptOut'), url: optOutUrl },
      ])
    }
    case 'feedback_alert': {
      const { booking, feedback, adminUrl } = view
      const about = { guest: booking.guestName, score: feedback.score, restaurant: name, day: formatDay(feedback.visitDate, locale) }
      return staffMessage(view, t('feedbackAlertSubject', about), [
        { type: 'p', text: t('feedbackAlertBody', about) },
        {
          type: 'facts',
          rows: [
            [t('feedbackScore'), `${feedback.score}/5`],
            [t('feedbackComment'), feedback.comment ?? t('feedbackNoComment')],
            [t('reference'), booking.reference],
            [t('when'), formatWhen(booking.startsAt, restaurant.timeZone, locale)],
            [t('party'), count('guests', booking.partySize)],
            ...(feedback.service ? [[t('feedbackService'), feedback.service] as [string, string]] : []),
            ...(booking.guestPhone ? [[t('staffPhone'), booking.guestPhone] as [string, string]] : []),
            ...(booking.guestEmail ? [[t('staffEmail'), booking.guestEmail] as [string, string]] : []),
          ],
        },
        { type: 'link', label: t('feedbackOpenAdmin'), url: adminUrl },
      ])
    }
    case 'daily_report': {
      const { report, adminUrl } = view
      const { yesterday, feedback, today } = report
      const time = (iso: string) => formatInTimeZone(new Date(iso), restaurant.timeZone, 'HH:mm')
      const feedbackText = feedback.count
        ? t('dailyReportFeedbackValue', { count: feedback.count, average: formatScore(feedback.average ?? 0, locale), low: feedback.lowScores })
        : t('dailyReportNoFeedback')
      return staffMessage(view, t('dailyReportSubject', { restaurant: name, day: formatDay(report.date, locale) }), [
        { type: 'p', text: t('dailyReportYesterday') },
        {
          type: 'facts',
          rows: [
            [t('dailyReportCovers'), String(yesterday.covers)],
            [t('dailyReportBookings'), String(yesterday.bookings)],
            [t('dailyReportNoShows'), t('dailyReportNoShowsValue', { count: yesterday.noShows, covers: yesterday.noShowCovers })],
            [t('dailyReportCancellations'), String(yesterday.cancellations)],
            [t('dailyReportFeedback'), feedbackText],
          ],
        },
        { type: 'p', text: t('dailyReportToday') },
        { type: 'facts', rows: [[t('dailyReportBookings'), String(today.bookings)], [t('dailyReportCovers'), String(today.covers)]] },
        { type: 'p', text: t('dailyReportLargeParties', { from: report.largePartyFrom }) },
        ...(today.largeParties.length
          ? today.largeParties.map((party) => ({
              type: 'p' as const,
              text: t('dailyReportLargeParty', { time: time(party.startsAt), guest: party.guestName, guests: count('guests', party.partySize), reference: party.reference }),
            }))
          : [{ type: 'p' as const, text: t('dailyReportNoLargeParty') }]),
        { type: 'link', label: t('dailyReportOpen'), url: adminUrl },
      ])
    }
    case 'contact_copy': {
      const { contact } = view
      return staffMessage(view, t('contactSubject', { topic: contact.subject ?? contact.name }), [
        {
          type: 'facts',
          rows: [[t('contactFrom'), contact.name], [t('staffEmail'), contact.email], ...(contact.phone ? [[t('staffPhone'), contact.phone] as [string, string]] : [])],
        },
        { type: 'p', text: contact.message },
        { type: 'link', label: t('contactReply'), url: `mailto:${contact.email}` },
      ])
    }
  }
}
