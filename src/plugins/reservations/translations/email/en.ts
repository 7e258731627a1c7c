/**
 * The booking emails, SMS and calendar events in English. Flat keys, `{name}` placeholders, plural
 * forms as `key_one` / `key_other` (chosen by Intl.PluralRules): the shape of a Payload translation
 * section, so this can become the `email` part of the plugin's translations as it is.
 */
export const en = {
  // Dates: date-fns patterns, in the restaurant's time zone.
  dateTimePattern: "EEEE d MMMM yyyy 'at' HH:mm",
  dayPattern: 'EEEE d MMMM',

  hello: 'Hello {name},',
  reference: 'Reference',
  when: 'When',
  party: 'Party',
  where: 'Where',
  guests_one: '{count} guest',
  guests_other: '{count} guests',
  manage: 'Change or cancel',
  addToCalendar: 'Add to my calendar',
  footer: 'You are receiving this because a booking was made with your address at {restaurant}.',

  confirmationSubject: 'Booking confirmed — {restaurant}, {when}',
  confirmationBody: 'Your table is booked. See you soon!',
  confirmationSms: '{restaurant}: table for {partySize} on {when}, ref. {reference}. Manage: {url}',

  reminderSubject: 'Reminder: your table at {restaurant}, {when}',
  reminderBody: 'We look forward to seeing you. Can’t make it? Let us know in one click so someone else can have the table.',
  // Straight apostrophes in SMS: a curly one switches the whole text to UCS-2 (70 characters a part instead of 160).
  reminderSms: "Reminder {restaurant}: table for {partySize} on {when}. Can't make it? {url}",

  depositRequestSubject: 'Deposit to pay — {restaurant}',
  /** The line the guest reads on Stripe's checkout page and on their card statement. */
  depositProduct: 'Deposit — {restaurant}, booking {reference}',
  depositRequestBody: 'We are holding your table until {until}. It is confirmed as soon as the {amount} deposit is paid.',
  depositRequestButton: 'See my booking',

  depositExpiredSubject: 'Booking not confirmed — {restaurant}',
  depositExpiredBody: 'The deposit was not paid in time, so the table has been released and nothing was charged. You are welcome to book again online.',
  depositExpiredButton: 'Book again',

  changeSubject: 'Booking changed — {restaurant}',
  changeBody: 'Your booking has been changed. It was: {when}, {guests}.',

  cancellationSubject: 'Booking cancelled — {restaurant}',
  cancellationBody: 'Your booking is cancelled.',
  cancellationRefund: 'A refund of {amount} is on its way to your payment method.',
  cancellationButton: 'Book another date',

  waitlistOfferSubject: 'A table is free — {restaurant}',
  waitlistOfferBody:
    'Good news: a table for {guests} came free on {day} between {from} and {to}. First come, first served: this link is valid until {expires}.',
  waitlistOfferButton: 'Book this table',

  staffNew: 'New booking',
  staffChanged: 'Booking changed',
  staffCancelled: 'Booking cancelled',
  staffLargeParty: '{event} — large party',
  staffSubject: '{event}: {guest}, {guests}, {when}',
  staffGuest: 'Guest',
  staffPhone: 'Phone',
  staffEmail: 'Email',
  staffOccasion: 'Occasion',
  staffRequests: 'Requests',
  staffSource: 'Source',
  staffOpenAdmin: 'Open in the admin',
  occasionBirthday: 'Birthday',
  occasionAnniversary: 'Anniversary',
  occasionBusiness: 'Business meal',
  occasionDate: 'Date',
  occasionCelebration: 'Celebration',
  occasionOther: 'Other',
  sourceOnline: 'Online',
  sourcePhone: 'Phone',
  sourceWalkIn: 'Walk-in',
  sourceStaff: 'Staff',
  sourceApi: 'API',

  lostLink: 'Lost this email? Find your booking with its reference and your address',

  bookingLinkSubject: 'Your booking link — {restaurant}',
  bookingLinkBody: 'You asked for the link to your booking again. Use it to see, change or cancel your booking.',
  notYou: 'If you did not ask for this, ignore this email: nothing has changed.',

  emailChangeSubject: 'Confirm your new email address — {restaurant}',
  emailChangeBody: 'The emails about booking {reference} are to come to this address. Confirm it with the button below, before {until}.',
  emailChangeButton: 'Confirm this address',
  emailChangeNotYou: 'If it was not you, ignore this email: the booking keeps its address.',

  emailChangedSubject: 'New email address for your booking — {restaurant}',
  emailChangedBody: 'The emails about booking {reference} now go to {email}. If you did not ask for this, call the restaurant.',

  contactSubject: 'Message from the site: {topic}',
  contactFrom: 'From',
  contactReply: 'Reply',

  calendarTitle: '{restaurant} — table for {partySize}',
  calendarDescription: 'Reference {reference}\nChange or cancel: {url}',
  feedbackRequestSubject: 'How was your visit to {restaurant}?',
  feedbackRequestBody: 'Thank you for coming on {day}. How was it? A score from 1 to 5 takes one click; a word more helps us even more.',
  feedbackRequestButton: 'Give my score',
  feedbackOptOut: 'Stop these emails',
  feedbackOptOutNote: 'We ask once per visit, the morning after. Not for you? One click stops them for good.',

  feedbackAlertSubject: 'Low score {score}/5 from {guest} — {restaurant}',
  feedbackAlertBody: '{guest} gave {score}/5 to their visit of {day}. A call while the visit is fresh often helps.',
  feedbackScore: 'Score',
  feedbackComment: 'Comment',
  feedbackService: 'Service',
  feedbackNoComment: '(no comment)',
  feedbackOpenAdmin: 'Open the feedback',

  dailyReportSubject: '{restaurant}: your morning report, {day}',
  dailyReportYesterday: 'Yesterday',
  dailyReportToday: 'Today',
  dailyReportCovers: 'Covers',
  dailyReportBookings: 'Bookings',
  dailyReportNoShows: 'No-shows',
  dailyReportNoShowsValue: '{count} ({covers} covers)',
  dailyReportCancellations: 'Cancellations',
  dailyReportFeedback: 'Feedback received',
  dailyReportFeedbackValue: '{count} answers, average {average}/5, low scores: {low}',
  dailyReportNoFeedback: 'none',
  dailyReportLargeParties: 'Large parties today ({from} guests or more)',
  dailyReportNoLargeParty: 'No large party today.',
  dailyReportLargeParty: '{time}: {guest}, {guests} (ref. {reference})',
  dailyReportOpen: 'Open analytics',
}

/** Every language's email dictionary has exactly these keys (tsc checks the French one against it). */
export type EmailTranslations = typeof en
