'use client'

import { useTranslation } from '@payloadcms/ui'

import type { HelpKey, HelpWords } from './words'

/** The guide's place in the admin's navigation, under the collections, for every member of staff. */
export function HelpNavLink() {
  const { t } = useTranslation<{ help: HelpWords }, HelpKey>()
  return (
    // eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link, as the staff views' (ServiceNavLink)
    <a href="/admin/help" className="nav__link" style={{ fontWeight: 600, marginTop: '1rem' }} data-testid="help-nav-link">
      {t('help:navLink')}
    </a>
  )
}
