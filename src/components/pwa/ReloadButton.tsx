'use client'

/** Loads the address again: the offline page stands in for another page, which may now load. */
export function ReloadButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => location.reload()}>
      {label}
    </button>
  )
}
