import Link from 'next/link'

import { messagesFor } from '@/i18n/messages'

/** An unknown, mistyped or expired booking link: say so kindly, in both languages, and offer a way on (find it again, or book). */
export default function BookingNotFound() {
  const fr = messagesFor('fr').manage
  const en = messagesFor('en').manage
  return (
    <div className="container narrow page">
      <h1>
        <span lang="fr">{fr.notFoundTitle}</span> · <span lang="en">{en.notFoundTitle}</span>
      </h1>
      <p lang="fr">{fr.notFoundText}</p>
      <p lang="en">{en.notFoundText}</p>
      <p>
        <Link href="/fr/find-booking" lang="fr">
          {fr.notFoundFind}
        </Link>{' '}
        ·{' '}
        <Link href="/en/find-booking" lang="en">
          {en.notFoundFind}
        </Link>
      </p>
      <p>
        <Link href="/fr/book">Réserver une table</Link> · <Link href="/en/book">Book a table</Link>
      </p>
    </div>
  )
}
