import Link from 'next/link'

/** Not-found pages get no route params: both languages, French first as on the rest of the site. */
export default function NotFound() {
  return (
    <div className="container narrow page">
      <h1>Page introuvable · Page not found</h1>
      <p lang="fr">Cette page n’existe pas ou plus.</p>
      <p lang="en">This page does not exist (any more).</p>
      <p>
        <Link href="/fr">Accueil</Link> · <Link href="/en">Home</Link>
      </p>
    </div>
  )
}
