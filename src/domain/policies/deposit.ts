export interface DepositPolicy {
  mode: 'none' | 'per_person' | 'flat'
  /** per guest or per booking, in the currency's minor units (cents) */
  amountMinor?: number | null
  fromPartySize?: number | null
  /** service names it applies to; empty = all */
  services?: string[] | null
}

export interface DepositDue {
  required: boolean
  /** minor units (cents) */
  amountMinor: number
}

/** The deposit a booking owes under the restaurant's policy. */
export function depositFor(policy: DepositPolicy | null | undefined, partySize: number, serviceName: string): DepositDue {
  const none = { required: false, amountMinor: 0 }
  if (!policy || policy.mode === 'none' || !policy.amountMinor || policy.amountMinor <= 0) return none
  if (partySize < (policy.fromPartySize ?? 1)) return none
  if (policy.services?.length && !policy.services.includes(serviceName)) return none
  const unit = policy.amountMinor
  return { required: true, amountMinor: policy.mode === 'per_person' ? unit * partySize : unit }
}

/** When an unpaid booking lets its tables go. */
export function holdExpiresAt(now: Date, holdMinutes: number): Date {
  return new Date(now.getTime() + holdMinutes * 60_000)
}
