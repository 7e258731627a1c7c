'use client'

import { useState, type FormEvent } from 'react'

import { refusalOf, withLocale } from '@/components/booking/refusal'
import { useHydrated } from '@/components/useHydrated'
import { COMMENT_MAX_LENGTH, FEEDBACK_SCORES, feedbackAnswerSchema } from '@/domain/feedback'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { FeedbackGuestView } from '@/plugins/reservations'

/**
 * A score from 1 to 5 (native radio buttons in a fieldset: arrow keys, screen readers and thumbs
 * all work) and an optional comment, checked with the endpoint's own schema. A guest who answered
 * already sees their answer and may change it.
 */
export function FeedbackForm({ locale, token, initial }: { locale: Locale; token: string; initial: FeedbackGuestView }) {
  const t = messagesFor(locale).feedback
  const hydrated = useHydrated()
  const [answer, setAnswer] = useState(initial)
  const [score, setScore] = useState<number | null>(initial.score)
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')
  const [error, setError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '')
    const parsed = feedbackAnswerSchema.safeParse({ score, comment })
    if (!parsed.success) return setError(refusalOf({ errors: [{ code: parsed.error.issues[0]!.message, message: '' }] }, locale).text)
    setError('')
    setState('busy')
    try {
      const res = await fetch(withLocale(`/api/feedback/by-token/${token}`, locale), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(parsed.data) })
      const body = await res.json().catch(() => null)
      if (res.ok) {
        setAnswer(body as FeedbackGuestView)
        return setState('done')
      }
      setError(refusalOf(body, locale).text)
    } catch {
      setError(refusalOf(null, locale).text)
    }
    setState('idle')
  }

  if (state === 'done') {
    return (
      <p role="status" className="notice" data-testid="feedback-thanks">
        {t.thanks}
      </p>
    )
  }
  return (
    <form method="post" onSubmit={submit} noValidate className="feedback-form">
      {answer.score ? <p className="notice">{t.already.replace('{score}', String(answer.score))}</p> : null}
      <fieldset className="field score-choices" aria-describedby={error ? 'feedback-error' : undefined}>
        <legend>{t.scoreLegend}</legend>
        {FEEDBACK_SCORES.map((value) => (
          <label key={value} className="score-choice">
            <input type="radio" name="score" value={value} checked={score === value} onChange={() => setScore(value)} required />
            <span className="score-choice__value">{value}</span>
            <span className="score-choice__words">{t.scores[value - 1]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="feedback-comment">{t.comment}</label>
        <textarea id="feedback-comment" name="comment" rows={4} maxLength={COMMENT_MAX_LENGTH} defaultValue={answer.comment ?? ''} aria-describedby="feedback-comment-hint" />
        <p id="feedback-comment-hint" className="hint">
          {t.commentHint}
        </p>
      </div>
      <p role="alert" id="feedback-error" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={!hydrated || state === 'busy'}>
        {state === 'busy' ? t.sending : answer.score ? t.change : t.submit}
      </button>
    </form>
  )
}
