import type { Metadata } from 'next'
import type { ReactNode } from 'react'

// Private pages: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } }
export const dynamic = 'force-dynamic'

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <div className="container narrow page account">{children}</div>
}
