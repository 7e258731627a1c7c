/**
 * An address shown to someone who may not own it (the old address told of a change): enough to
 * recognise it, not enough to copy it. "paul.martin@example.fr" → "p•••n@example.fr".
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  const local = email.slice(0, at)
  const shown = local.length > 2 ? `${local[0]}•••${local[local.length - 1]}` : `${local[0]}•••`
  return `${shown}${email.slice(at)}`
}
