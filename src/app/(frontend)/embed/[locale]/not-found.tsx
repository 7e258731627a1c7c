/** An unknown restaurant in a widget's tag: said in both languages, with nowhere to go inside the frame. */
export default function EmbedNotFound() {
  return (
    <div className="container narrow embed__page">
      <h1>Restaurant introuvable · Restaurant not found</h1>
      <p lang="fr">Vérifiez l’attribut data-restaurant du module de réservation.</p>
      <p lang="en">Check the booking widget’s data-restaurant attribute.</p>
    </div>
  )
}
