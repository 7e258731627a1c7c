import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

/**
 * What a visitor sees when a page fails: what happened in their language, a way to try again and a
 * way home. Never the error's message or stack (they may name internals); only Next's digest, the
 * reference that finds the server's log line when they call.
 */
export function ErrorNotice({ locale, digest, onRetry }: { locale: Locale; digest?: string; onRetry: () => void }) {
  const t = messagesFor(locale)
  return (
    <div className="error-notice" role="alert">
      <h1>{t.problem.title}</h1>
      <p>{t.problem.text}</p>
      <p className="error-notice__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t.problem.retry}
        </button>{' '}
        {/* A full load rather than a client navigation: the router may be what failed. */}
        <a href={`/${locale}`}>{t.backHome}</a>
      </p>
      {digest ? (
        <p className="error-notice__reference">
          {t.problem.reference} <code>{digest}</code>
        </p>
      ) : null}
    </div>
  )
}

/** Next's digest of a server error, when there is one (client errors have none). */
export function digestOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined
  return typeof error.digest === 'string' && /^[\w-]{1,64}$/.test(error.digest) ? error.digest : undefined
}
