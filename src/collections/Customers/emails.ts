import escapeHtml from 'escape-html'

import { serverUrl } from '../../infrastructure/config/serverUrl'

type Diner = { name?: string | null; locale?: string | null }

const localeOf = (diner: Diner) => (diner.locale === 'en' ? 'en' : 'fr')

function mail(title: string, text: string, label: string, url: string): string {
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2a27">
<h1 style="font-size:20px">${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(url)}" style="background:#1f3a33;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>
<p style="font-size:13px;color:#555">${escapeHtml(url)}</p></body></html>`
}

export function verifyEmailSubject(diner: Diner): string {
  return localeOf(diner) === 'en' ? 'Confirm your email address' : 'Confirmez votre adresse e-mail'
}

export function verifyEmailHtml(diner: Diner, token: string): string {
  const locale = localeOf(diner)
  const url = `${serverUrl()}/${locale}/account/verify?token=${encodeURIComponent(token)}`
  return locale === 'en'
    ? mail('Welcome', 'Confirm your email address to sign in and see your bookings.', 'Confirm my email', url)
    : mail('Bienvenue', 'Confirmez votre adresse e-mail pour vous connecter et retrouver vos réservations.', 'Confirmer mon e-mail', url)
}

export function resetPasswordSubject(diner: Diner): string {
  return localeOf(diner) === 'en' ? 'Choose a new password' : 'Choisissez un nouveau mot de passe'
}

export function resetPasswordHtml(diner: Diner, token: string): string {
  const locale = localeOf(diner)
  const url = `${serverUrl()}/${locale}/account/reset?token=${encodeURIComponent(token)}`
  return locale === 'en'
    ? mail('Forgot your password?', 'This link lets you choose a new password for one hour. Ignore this email if you did not ask.', 'Choose a new password', url)
    : mail('Mot de passe oublié ?', "Ce lien permet de choisir un nouveau mot de passe pendant une heure. Ignorez cet e-mail si vous n'avez rien demandé.", 'Choisir un mot de passe', url)
}
