import escapeHtml from 'escape-html'

import type { Locale, RestaurantView } from './types'

/** A paragraph, a labelled fact, a button: what every message is made of, rendered twice (HTML and text). */
export type Part =
  | { type: 'p'; text: string }
  | { type: 'facts'; rows: [string, string][] }
  | { type: 'button'; label: string; url: string }
  | { type: 'link'; label: string; url: string }

const FOOTER: Record<Locale, (r: RestaurantView) => string> = {
  fr: (r) => `Vous recevez ce message parce qu’une réservation a été faite au nom de votre adresse chez ${r.name}.`,
  en: (r) => `You are receiving this because a booking was made with your address at ${r.name}.`,
}

function contactLine(restaurant: RestaurantView): string {
  return [restaurant.name, restaurant.address, restaurant.phone, restaurant.email].filter(Boolean).join(' · ')
}

/** Plain text: what a watch, a screen reader or a text-only client shows. */
export function renderText(parts: Part[], restaurant: RestaurantView, locale: Locale, staff = false): string {
  const body = parts.map((part) => {
    switch (part.type) {
      case 'p':
        return part.text
      case 'facts':
        return part.rows.map(([label, value]) => `${label}: ${value}`).join('\n')
      case 'button':
      case 'link':
        return `${part.label}: ${part.url}`
    }
  })
  const tail = staff ? [] : [restaurant.note ?? '', '—', contactLine(restaurant), FOOTER[locale](restaurant)]
  return [...body, ...tail].filter((line) => line !== '').join('\n\n') + '\n'
}

/**
 * HTML for every client: one centred column that shrinks on a phone, inline styles (clients strip
 * <style>), a real link under every button, and every value escaped.
 */
export function renderHtml(title: string, parts: Part[], restaurant: RestaurantView, locale: Locale, staff = false): string {
  const e = escapeHtml
  const body = parts
    .map((part) => {
      switch (part.type) {
        case 'p':
          return `<p style="margin:0 0 16px">${e(part.text).replace(/\n/g, '<br>')}</p>`
        case 'facts':
          return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;width:100%">${part.rows
            .map(
              ([label, value]) =>
                `<tr><th scope="row" style="text-align:left;padding:6px 12px 6px 0;color:#5b5b57;font-weight:normal;vertical-align:top;white-space:nowrap">${e(label)}</th><td style="padding:6px 0;font-weight:bold">${e(value)}</td></tr>`,
            )
            .join('')}</table>`
        case 'button':
          return `<p style="margin:24px 0"><a href="${e(part.url)}" style="display:inline-block;background:#1f3a33;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:999px;font-weight:bold">${e(part.label)}</a></p>`
        case 'link':
          return `<p style="margin:0 0 16px"><a href="${e(part.url)}" style="color:#1f3a33">${e(part.label)}</a></p>`
      }
    })
    .join('\n')
  const note = !staff && restaurant.note ? `<p style="margin:24px 0 0;padding:12px 16px;background:#fbf8f2;border-left:3px solid #9a6b1f">${e(restaurant.note)}</p>` : ''
  const footer = staff ? '' : `<p style="margin:24px 0 0;font-size:13px;color:#5b5b57">${e(contactLine(restaurant))}<br>${e(FOOTER[locale](restaurant))}</p>`
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title></head>
<body style="margin:0;padding:0;background:#f4f1ea">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.5;color:#1d1d1b">
<p style="margin:0 0 8px;font-size:14px;letter-spacing:.08em;text-transform:uppercase;color:#9a6b1f">${e(restaurant.name)}</p>
<h1 style="margin:0 0 20px;font-size:24px;line-height:1.25">${e(title)}</h1>
${body}
${note}
${footer}
</div>
</body></html>
`
}
