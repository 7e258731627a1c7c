/**
 * The key that signs sessions. Development and tests get a fixed one so a newcomer needs no setup;
 * a production server refuses to start without a real one.
 */
export function payloadSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const isProductionServer = env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build' && env.TECHPLUS_ALLOW_DEV_SECRET !== 'true'
  if (isProductionServer) throw new Error('PAYLOAD_SECRET must be set in production (openssl rand -hex 32)')
  return 'techplus-development-secret-do-not-use-in-production'
}
