export interface CancellationPolicy {
  freeUntilHours: number
  refundPercentAfter: number
  /** per guest, minor units */
  noShowFeeMinor?: number | null
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

export interface NoShowOutcome {
  /** the fee the policy sets for this party, minor units */
  feeMinor: number
  /** kept from the deposit towards the fee */
  keptMinor: number
  /** deposit beyond the fee, given back */
  refundMinor: number
  /** fee the deposit did not cover (not charged automatically: no card is kept on file) */
  uncoveredMinor: number
}

/**
 * A party that did not come: the deposit covers the no-show fee (per guest) and whatever it paid
 * beyond the fee goes back. Without a fee in the policy, the whole deposit is kept.
 */
export function noShowOutcome(policy: Pick<CancellationPolicy, 'noShowFeeMinor'>, partySize: number, paidMinor: number): NoShowOutcome {
  const feeMinor = policy.noShowFeeMinor && policy.noShowFeeMinor > 0 ? policy.noShowFeeMinor * partySize : paidMinor
  const keptMinor = Math.min(feeMinor, paidMinor)
  return { feeMinor, keptMinor, refundMinor: paidMinor - keptMinor, uncoveredMinor: Math.max(0, feeMinor - paidMinor) }
}
