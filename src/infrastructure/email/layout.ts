import escapeHtml from 'escape-html'

/** A paragraph, labelled facts, a button, a link: what every email is made of, rendered twice (HTML and text). */
export type EmailBlock =
  | { type: 'p'; text: string }
  | { type: 'facts'; rows: [string, string][] }
  | { type: 'button'; label: string; url: string }
  | { type: 'link'; label: string; url: string }

export interface EmailContent {
  /** The language the email is written in (`lang` of the HTML, French spacing before colons in the text). */
  language: string
  subject: string
  /** Who writes, shown small above the title: the restaurant's or the site's name. */
  sender: string
  /** The heading; the subject when there is none. */
  title?: string
  blocks: EmailBlock[]
  /** A highlighted paragraph after the body (the owner's own words for guests). */
  note?: string
  /** Small print at the bottom, one line each (who we are, why you receive this). */
  footer?: string[]
}

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}

/** French puts a (non-breaking) space before a colon; English does not. */
const colon = (language: string) => (language === 'fr' ? '\u00a0: ' : ': ')

/**
 * The plain-text part: what a watch, a screen reader or a text-only client shows, and what spam
 * filters expect beside the HTML. Buttons and links are written out as their address.
 */
export function emailText(content: EmailContent): string {
  const c = colon(content.language)
  const body = content.blocks.map((block) => {
    switch (block.type) {
      case 'p':
        return block.text
      case 'facts':
        return block.rows.map(([label, value]) => `${label}${c}${value}`).join('\n')
      case 'button':
      case 'link':
        return `${block.label}${c}${block.url}`
    }
  })
  const footer = content.footer?.filter(Boolean) ?? []
  const parts = [content.title ?? '', ...body, content.note ?? '', ...(footer.length ? ['—', footer.join('\n')] : [])]
  return parts.filter((part) => part !== '').join('\n\n') + '\n'
}

const e = escapeHtml

/**
 * HTML for every client: one centred column that shrinks on a phone, inline styles (clients strip
 * <style>), a real link under every button, and every value escaped.
 */
export function emailHtml(content: EmailContent): string {
  const title = content.title ?? content.subject
  const body = content.blocks
    .map((block) => {
      switch (block.type) {
        case 'p':
          return `<p style="margin:0 0 16px">${e(block.text).replace(/\n/g, '<br>')}</p>`
        case 'facts':
          return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;width:100%">${block.rows
            .map(
              ([label, value]) =>
                `<tr><th scope="row" style="text-align:left;padding:6px 12px 6px 0;color:#5b5b57;font-weight:normal;vertical-align:top;white-space:nowrap">${e(label)}</th><td style="padding:6px 0;font-weight:bold">${e(value)}</td></tr>`,
            )
            .join('')}</table>`
        case 'button':
          // The address under the button: some clients block styled links, and people copy it.
          return `<p style="margin:24px 0 8px"><a href="${e(block.url)}" style="display:inline-block;background:#1f3a33;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:999px;font-weight:bold">${e(block.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#5b5b57;word-break:break-all"><a href="${e(block.url)}" style="color:#5b5b57">${e(block.url)}</a></p>`
        case 'link':
          return `<p style="margin:0 0 16px"><a href="${e(block.url)}" style="color:#1f3a33">${e(block.label)}</a></p>`
      }
    })
    .join('\n')
  const note = content.note ? `<p style="margin:24px 0 0;padding:12px 16px;background:#fbf8f2;border-left:3px solid #9a6b1f">${e(content.note)}</p>` : ''
  const lines = content.footer?.filter(Boolean) ?? []
  const footer = lines.length ? `<p style="margin:24px 0 0;font-size:13px;color:#5b5b57">${lines.map(e).join('<br>')}</p>` : ''
  return `<!doctype html>
<html lang="${e(content.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f1ea">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.5;color:#1d1d1b">
<p style="margin:0 0 8px;font-size:14px;letter-spacing:.08em;text-transform:uppercase;color:#9a6b1f">${e(content.sender)}</p>
<h1 style="margin:0 0 20px;font-size:24px;line-height:1.25">${e(title)}</h1>
${body}
${note}
${footer}
</div>
</body></html>
`
}

/** Subject, HTML and text of one email: the one layout of every email the platform sends. */
export function renderEmail(content: EmailContent): RenderedEmail {
  return { subject: content.subject, html: emailHtml(content), text: emailText(content) }
}
