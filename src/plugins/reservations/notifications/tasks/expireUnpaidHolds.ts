import type { TaskConfig } from 'payload'

/**
 * Every minute: bookings whose deposit was not paid before their hold ran out are cancelled by
 * the system. Their tables were already free for others (an expired hold holds nothing); this
 * makes it official, so the guest is told (deposit_expired) and the waitlist gets the table.
 */
export const expireUnpaidHoldsTask: TaskConfig<{ input: Record<string, never>; output: { expired: number } }> = {
  slug: 'expireUnpaidHolds',
  label: 'Cancel bookings whose deposit hold expired',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'reservations',
      where: { status: { equals: 'pending_payment' }, holdExpiresAt: { less_than_equal: new Date().toISOString() } },
      limit: 100,
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const doc of docs) {
      await req.payload.update({
        collection: 'reservations',
        id: doc.id,
        data: { status: 'cancelled', cancellation: { cancelledBy: 'system', reason: 'The deposit was not paid before the hold expired' } },
        req,
        overrideAccess: true,
        context: { bookingChecked: true },
      })
    }
    return { output: { expired: docs.length } }
  },
}
