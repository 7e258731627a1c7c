/**
 * Merging two profiles of the same guest: nothing staff wrote about either is lost, and nothing
 * is said twice. Plain data in and out (the adapter loads and writes the documents).
 */
type Id = number | string

export interface GuestProfile {
  phone?: string | null
  tags?: string[] | null
  allergies?: string | null
  notes?: string | null
  restaurants?: Id[] | null
}

export interface MergedProfile {
  phone: string | null
  tags: string[]
  allergies: string | null
  notes: string | null
  restaurants: Id[]
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** The kept text, then the other's on a new line when it says something the kept one does not already say. */
export function appendDistinct(kept: string | null | undefined, other: string | null | undefined): string | null {
  const mine = kept?.trim() ?? ''
  const theirs = other?.trim() ?? ''
  if (!theirs) return mine || null
  if (!mine) return theirs
  if (same(mine, theirs) || mine.toLowerCase().includes(theirs.toLowerCase())) return mine
  return `${mine}\n${theirs}`
}

/** The kept profile with the duplicate's tags, restaurants, allergies and notes added; the kept phone wins when it has one. */
export function mergedProfile(kept: GuestProfile, duplicate: GuestProfile): MergedProfile {
  const union = <T>(a: T[] | null | undefined, b: T[] | null | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])]
  return {
    phone: kept.phone?.trim() || duplicate.phone?.trim() || null,
    tags: union(kept.tags, duplicate.tags),
    allergies: appendDistinct(kept.allergies, duplicate.allergies),
    notes: appendDistinct(kept.notes, duplicate.notes),
    restaurants: union(kept.restaurants?.map(String), duplicate.restaurants?.map(String)).map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
  }
}
