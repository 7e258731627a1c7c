/** True for amounts with at most two decimals (floating point tolerant: 19.9 is fine). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
}

/** 19.9 → 1990: Stripe and our sums work in minor units to avoid rounding drift. */
export function toMinorUnits(amount: number): number {
  return Math.round(amount * 100)
}
