'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { sendJson } from '../../../../infrastructure/client/sendJson'
import { StatusMessage, type Message } from '../StatusMessage'
import { useWords } from '../useWords'

type TestResult = { eventId: string; delivered: boolean; statusCode: number | null; durationMs: number; error: string | null }

/**
 * "Send test event": a signed ping through the same path as real events (POST
 * /api/webhook-endpoints/:id/test), and what the receiver answered. The attempt joins the log below.
 */
export function SendTestEvent() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const { t } = useWords()

  async function send() {
    setBusy(true)
    setMessage(null)
    try {
      const result = await sendJson<TestResult>('POST', `/api/webhook-endpoints/${id}/test`, {})
      const answer = result.data
      if (!result.ok || !answer) setMessage({ text: result.reason, alert: true })
      else if (answer.delivered) setMessage({ text: t('reservations:webhook:testDelivered', { status: answer.statusCode, ms: answer.durationMs }), alert: false })
      else if (answer.statusCode !== null) setMessage({ text: t('reservations:webhook:testRefused', { status: answer.statusCode, ms: answer.durationMs }), alert: true })
      else setMessage({ text: t('reservations:webhook:testFailed', { error: answer.error ?? '' }), alert: true })
    } catch {
      setMessage({ text: t('reservations:webhook:offline'), alert: true })
    } finally {
      setBusy(false)
    }
  }

  if (!id) return <p>{t('reservations:webhook:testSaveFirst')}</p>
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={send}>
        {busy ? t('reservations:webhook:testSending') : t('reservations:webhook:test')}
      </Button>
      <p className="field-description">{t('reservations:webhook:testHelp')}</p>
      <div data-testid="webhook-test-result">
        <StatusMessage message={message} />
      </div>
    </div>
  )
}
