import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { safeReturnPath } from '@/domain/returnPath'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'
import { getPayloadClient } from '@/utilities/getPayloadClient'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).verifyTitle : undefined }
}

/** Opening the emailed link confirms the address (Payload's verify operation), then offers sign-in. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = accountMessagesFor(locale)
  const { token, next: asked } = await searchParams
  const next = safeReturnPath(asked)
  const payload = await getPayloadClient()
  const verified =
    typeof token === 'string' && /^[a-f0-9]{20,128}$/.test(token)
      ? await payload.verifyEmail({ collection: 'customers', token }).then(() => true, () => false)
      : false
  return (
    <>
      <h1>{t.verifyTitle}</h1>
      <p role="status" className={verified ? 'notice' : 'notice notice--warning'}>
        {verified ? t.verified : t.verifyFailed}
      </p>
      <p>
        <a className="button" href={`/${locale}/account/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t.signIn}
        </a>
      </p>
    </>
  )
}
