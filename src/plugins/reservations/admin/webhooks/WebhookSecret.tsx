'use client'

import { Button, useDocumentInfo, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useState } from 'react'

import { sendJson } from '../../../../infrastructure/client/sendJson'
import { StatusMessage, type Message } from '../StatusMessage'
import { useWords } from '../useWords'

const masked = (secret: string) => `${secret.slice(0, 6)}${'•'.repeat(16)}`

/**
 * The signing secret, masked until its owner asks to see it, and "make a new secret". Managers get
 * no value at all from the server (field access), so they read only that owners see it.
 */
export const WebhookSecret: TextFieldClientComponent = ({ path: pathFromProps }) => {
  const { id } = useDocumentInfo()
  const { value } = useField<string | null>({ potentiallyStalePath: pathFromProps })
  const [rotated, setRotated] = useState<string | null>(null)
  const [shown, setShown] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const { t } = useWords()
  const secret = rotated ?? value ?? null

  async function rotate() {
    if (!window.confirm(t('reservations:webhook:rotateConfirm'))) return
    setBusy(true)
    setMessage(null)
    try {
      const result = await sendJson<{ secret: string }>('POST', `/api/webhook-endpoints/${id}/rotate-secret`, {})
      if (result.ok && result.data) {
        setRotated(result.data.secret)
        setShown(true)
        setMessage({ text: t('reservations:webhook:rotated'), alert: false })
      } else setMessage({ text: result.reason, alert: true })
    } catch {
      setMessage({ text: t('reservations:webhook:offline'), alert: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p className="field-label" id="webhook-secret-label">
        {t('reservations:webhook:secret')}
      </p>
      {!id ? (
        <p>{t('reservations:webhook:secretOnSave')}</p>
      ) : !secret ? (
        <p>{t('reservations:webhook:secretOwnersOnly')}</p>
      ) : (
        <>
          <code aria-labelledby="webhook-secret-label" data-testid="webhook-secret" style={{ display: 'block', wordBreak: 'break-all', marginBottom: '0.5rem' }}>
            {shown ? secret : masked(secret)}
          </code>
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setShown(!shown)} aria-pressed={shown}>
              {shown ? t('reservations:webhook:hide') : t('reservations:webhook:show')}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={rotate}>
              {t('reservations:webhook:rotate')}
            </Button>
          </div>
          <p className="field-description">{t('reservations:webhook:secretHelp')}</p>
        </>
      )}
      <StatusMessage message={message} />
    </div>
  )
}
