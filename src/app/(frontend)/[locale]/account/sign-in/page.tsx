import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { SignInForm } from '@/components/account/SignInForm'
import { configuredProviders } from '@/collections/Customers/oauth/providers'
import { accountMessagesFor } from '@/i18n/account'
import { isLocale } from '@/i18n/config'
import { safeReturnPath } from '@/domain/returnPath'
import { currentDiner } from '@/utilities/currentDiner'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? accountMessagesFor(locale).signInTitle : undefined }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { error, notice, next: asked } = await searchParams
  // The page the diner came from; anything but a path of this site is ignored (no open redirect).
  const next = safeReturnPath(asked)
  if (await currentDiner()) redirect(next ?? `/${locale}/account`)
  const t = accountMessagesFor(locale)
  const providers = configuredProviders()
  const withNext = next ? `next=${encodeURIComponent(next)}` : ''
  const problem = error === 'no-email' ? t.providerNoEmail : error === 'email-not-verified' ? t.providerUnverified : error ? t.providerFailed : null
  return (
    <>
      <h1>{t.signInTitle}</h1>
      {problem ? (
        <p role="alert" className="notice notice--warning">
          {problem}
        </p>
      ) : null}
      {notice === 'check-email' ? (
        <p role="status" className="notice">
          {t.checkEmail}
        </p>
      ) : null}
      {providers.length > 0 ? (
        <>
          <ul className="account__providers">
            {providers.map((provider) => (
              <li key={provider.id}>
                <a className="button button--secondary" href={`/api/customers/oauth/${provider.id}?locale=${locale}${withNext ? `&${withNext}` : ''}`}>
                  {t.continueWith(provider.name)}
                </a>
              </li>
            ))}
          </ul>
          <p className="account__or">{t.or}</p>
        </>
      ) : null}
      <SignInForm locale={locale} next={next} />
      <p>
        <a href={`/${locale}/account/forgot`}>{t.forgot}</a>
      </p>
      <p>
        {t.noAccount} <a href={`/${locale}/account/register${withNext ? `?${withNext}` : ''}`}>{t.registerTitle}</a>
      </p>
    </>
  )
}
