import type { EmailTranslations } from './en'

/** The booking emails, SMS and calendar events in French (same keys as en.ts, checked by tsc). */
export const fr: EmailTranslations = {
  dateTimePattern: "EEEE d MMMM yyyy 'à' HH:mm",
  dayPattern: 'EEEE d MMMM',

  hello: 'Bonjour {name},',
  reference: 'Référence',
  when: 'Quand',
  party: 'Couverts',
  where: 'Où',
  guests_one: '{count} personne',
  guests_other: '{count} personnes',
  manage: 'Modifier ou annuler',
  addToCalendar: 'Ajouter à mon agenda',
  footer: 'Vous recevez ce message parce qu’une réservation a été faite au nom de votre adresse chez {restaurant}.',

  confirmationSubject: 'Réservation confirmée — {restaurant}, {when}',
  confirmationBody: 'Votre table est réservée. À très bientôt !',
  confirmationSms: '{restaurant} : table pour {partySize} le {when}, réf. {reference}. Modifier : {url}',

  reminderSubject: 'Rappel : votre table chez {restaurant}, {when}',
  reminderBody: 'Nous avons hâte de vous recevoir. Un empêchement ? Prévenez-nous en un clic, la table profitera à d’autres.',
  reminderSms: 'Rappel {restaurant} : table pour {partySize} le {when}. Un empêchement ? {url}',

  depositProduct: 'Acompte — {restaurant}, réservation {reference}',
  depositRequestSubject: 'Acompte à régler — {restaurant}',
  depositRequestBody: 'Nous gardons votre table jusqu’au {until}. Elle sera confirmée dès le règlement de l’acompte de {amount}.',
  depositRequestButton: 'Voir ma réservation',

  depositExpiredSubject: 'Réservation non confirmée — {restaurant}',
  depositExpiredBody:
    'L’acompte n’a pas été réglé à temps : la table a été libérée et rien ne vous a été débité. Vous pouvez réserver à nouveau en ligne.',
  depositExpiredButton: 'Réserver à nouveau',

  changeSubject: 'Réservation modifiée — {restaurant}',
  changeBody: 'Votre réservation a été modifiée. Avant : {when}, {guests}.',

  cancellationSubject: 'Réservation annulée — {restaurant}',
  cancellationBody: 'Votre réservation est annulée.',
  cancellationRefund: 'Un remboursement de {amount} est en cours sur votre moyen de paiement.',
  cancellationButton: 'Réserver une autre date',

  waitlistOfferSubject: 'Une table s’est libérée — {restaurant}',
  waitlistOfferBody:
    'Bonne nouvelle : une table pour {guests} s’est libérée le {day} entre {from} et {to}. Premier arrivé, premier servi : ce lien est valable jusqu’au {expires}.',
  waitlistOfferButton: 'Réserver cette table',

  staffNew: 'Nouvelle réservation',
  staffChanged: 'Réservation modifiée',
  staffCancelled: 'Réservation annulée',
  staffLargeParty: '{event} — grand groupe',
  staffSubject: '{event} : {guest}, {guests}, {when}',
  staffGuest: 'Client',
  staffPhone: 'Téléphone',
  staffEmail: 'E-mail',
  staffOccasion: 'Occasion',
  staffRequests: 'Demandes',
  staffSource: 'Origine',
  staffOpenAdmin: 'Ouvrir dans l’admin',
  occasionBirthday: 'Anniversaire',
  occasionAnniversary: 'Anniversaire de couple',
  occasionBusiness: 'Repas d’affaires',
  occasionDate: 'Rendez-vous',
  occasionCelebration: 'Fête',
  occasionOther: 'Autre',
  sourceOnline: 'En ligne',
  sourcePhone: 'Téléphone',
  sourceWalkIn: 'Sans réservation',
  sourceStaff: 'Équipe',
  sourceApi: 'API',

  lostLink: 'E-mail perdu ? Retrouvez votre réservation avec sa référence et votre adresse',

  bookingLinkSubject: 'Votre lien de réservation — {restaurant}',
  bookingLinkBody: 'Vous avez redemandé le lien de votre réservation. Il vous permet de la consulter, la modifier ou l’annuler.',
  notYou: 'Si vous n’avez rien demandé, ignorez cet e-mail : rien n’a changé.',

  emailChangeSubject: 'Confirmez votre nouvelle adresse e-mail — {restaurant}',
  emailChangeBody: 'Les e-mails de la réservation {reference} doivent arriver à cette adresse. Confirmez-la avec le bouton ci-dessous, avant le {until}.',
  emailChangeButton: 'Confirmer cette adresse',
  emailChangeNotYou: 'Si ce n’est pas vous, ignorez cet e-mail : la réservation garde son adresse.',

  emailChangedSubject: 'Nouvelle adresse e-mail pour votre réservation — {restaurant}',
  emailChangedBody: 'Les e-mails de la réservation {reference} arrivent désormais à {email}. Si vous n’avez rien demandé, appelez le restaurant.',

  contactSubject: 'Message du site : {topic}',
  contactFrom: 'De',
  contactReply: 'Répondre',

  calendarTitle: '{restaurant} — table pour {partySize}',
  calendarDescription: 'Référence {reference}\nModifier ou annuler : {url}',
  feedbackRequestSubject: 'Comment s’est passée votre visite chez {restaurant} ?',
  feedbackRequestBody: 'Merci d’être venu(e) le {day}. Comment était-ce ? Une note de 1 à 5 prend un clic ; un mot de plus nous aide encore davantage.',
  feedbackRequestButton: 'Donner ma note',
  feedbackOptOut: 'Ne plus recevoir ces e-mails',
  feedbackOptOutNote: 'Nous demandons une fois par visite, le lendemain matin. Pas pour vous ? Un clic les arrête définitivement.',

  feedbackAlertSubject: 'Note basse {score}/5 de {guest} — {restaurant}',
  feedbackAlertBody: '{guest} a donné {score}/5 à sa visite du {day}. Un appel tant que la visite est récente aide souvent.',
  feedbackScore: 'Note',
  feedbackComment: 'Commentaire',
  feedbackService: 'Service',
  feedbackNoComment: '(sans commentaire)',
  feedbackOpenAdmin: 'Ouvrir l’avis',

  dailyReportSubject: '{restaurant} : votre point du matin, {day}',
  dailyReportYesterday: 'Hier',
  dailyReportToday: 'Aujourd’hui',
  dailyReportCovers: 'Couverts',
  dailyReportBookings: 'Réservations',
  dailyReportNoShows: 'Absents',
  dailyReportNoShowsValue: '{count} ({covers} couverts)',
  dailyReportCancellations: 'Annulations',
  dailyReportFeedback: 'Avis reçus',
  dailyReportFeedbackValue: '{count} avis, moyenne {average}/5, notes basses : {low}',
  dailyReportNoFeedback: 'aucun',
  dailyReportLargeParties: 'Grandes tablées aujourd’hui ({from} personnes ou plus)',
  dailyReportNoLargeParty: 'Aucune grande tablée aujourd’hui.',
  dailyReportLargeParty: '{time} : {guest}, {guests} (réf. {reference})',
  dailyReportOpen: 'Ouvrir les statistiques',
}
