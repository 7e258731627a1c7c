/**
 * The deposit-refund job's name and input, apart from its handler: settling a deposit queues it,
 * and the handler settles the deposit, so neither file imports the other.
 */
export const REFUND_DEPOSIT_TASK = 'refundDeposit'

export type RefundInput = { reservationId: number; amountMinor: number; reason: string }
