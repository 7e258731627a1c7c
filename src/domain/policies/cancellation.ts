export interface CancellationPolicy {
  freeUntilHours: number
  refundPercentAfter: number
  noShowFee?: number | null
}

export interface CancellationOutcome {
  /** true when cancelling now costs nothing */
  free: boolean
  /** the moment free cancellation ends */
  freeUntil: Date
  refundPercent: number
  /** minor units refunded of what was paid */
  refundMinor: number
  /** minor units kept by the restaurant */
  keptMinor: number
}

/** What a guest gets back if they cancel now — stated before they confirm, applied when they do. */
export function cancellationOutcome(policy: CancellationPolicy, startsAt: Date, paidMinor: number, now: Date): CancellationOutcome {
  const freeUntil = new Date(startsAt.getTime() - policy.freeUntilHours * 3_600_000)
  const free = now.getTime() <= freeUntil.getTime()
  const refundPercent = free ? 100 : Math.min(100, Math.max(0, policy.refundPercentAfter))
  const refundMinor = Math.round((paidMinor * refundPercent) / 100)
  return { free, freeUntil, refundPercent, refundMinor, keptMinor: paidMinor - refundMinor }
}
