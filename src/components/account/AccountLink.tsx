'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

/**
 * The header's "My account": it names the page it is on, so a diner who has to sign in first comes
 * back here afterwards (the account page passes `next` on to sign-in, which checks it).
 */
export function AccountLink({ locale, label }: { locale: string; label: string }) {
  const pathname = usePathname()
  const here = pathname && !pathname.startsWith(`/${locale}/account`) ? `?next=${encodeURIComponent(pathname)}` : ''
  return (
    <Link className="account-link" href={`/${locale}/account${here}`}>
      {label}
    </Link>
  )
}
