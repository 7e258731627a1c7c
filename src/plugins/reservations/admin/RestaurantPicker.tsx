'use client'

/** The restaurant switcher of the staff views, shown only to those who work for more than one. */
export function RestaurantPicker({ restaurants, value, label, onChange }: { restaurants: { slug: string; name: string }[]; value: string; label: string; onChange: (slug: string) => void }) {
  if (restaurants.length < 2) return null
  return (
    <label className="staff-view__label">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {restaurants.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  )
}
