import { Redis } from 'ioredis'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { rateLimitStore, type RateLimitStore } from '../../src/security/rateLimits'
import { withRateLimits } from '../../src/security/withRateLimits'
import { startRedisServer } from '../support/redisServer'

/**
 * Two app nodes behind one load balancer, played in one process: each has its own connection and
 * limiters, made from the same REDIS_URL as each process would make them, in front of a stand-in
 * for the sign-in route that refuses every password but the right one. The server is a real
 * Redis/Valkey, started for this file.
 */
let server: Awaited<ReturnType<typeof startRedisServer>>
/** How many passwords the stand-in route has checked: what a guesser got evaluated. */
let evaluated = 0
let nodes: RateLimitStore[] = []
/** Looks into the server as an operator would with redis-cli. */
let cli: Redis

async function signInRoute(request: Request): Promise<Response> {
  const { password } = (await request.json()) as { password: string }
  evaluated++
  return password === 'right-password' ? Response.json({ message: 'Signed in' }) : Response.json({ errors: [{ message: 'The email or password is incorrect' }] }, { status: 401 })
}

/** One node's /api/users/login, behind the rate limits, for a client at `ip`. */
function appNode(store: RateLimitStore) {
  const route = withRateLimits(signInRoute, { signedIn: async () => false, limiter: store.limiter })
  return (ip: string, email: string, password: string) =>
    route(
      new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'X-Forwarded-For': ip, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    )
}

let first: ReturnType<typeof appNode>
let second: ReturnType<typeof appNode>
let clients = 0
/** Each test is another client and account, so counts never carry from one test to the next. */
const newClient = () => ({ ip: `203.0.113.${++clients}`, email: `guessed-${clients}@techplus.test` })
const statuses = (responses: Response[]) => responses.map((r) => r.status)

/** Without a server every test fails with the reason (a failed beforeAll alone would report them skipped). */
let unavailable: Error | undefined

beforeAll(async () => {
  try {
    server = await startRedisServer()
  } catch (error) {
    unavailable = error as Error
    return
  }
  nodes = [rateLimitStore({ ...process.env, REDIS_URL: server.url }), rateLimitStore({ ...process.env, REDIS_URL: server.url })]
  // Both nodes count in Redis from the first request on (before their connection is ready, each would count alone).
  await Promise.all(nodes.map((node) => node.ready()))
  first = appNode(nodes[0]!)
  second = appNode(nodes[1]!)
  cli = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  await cli.connect()
})

beforeEach(() => {
  if (unavailable) throw unavailable
})

afterAll(async () => {
  for (const node of nodes) node.close()
  cli?.disconnect()
  await server?.stop()
})

describe('rate limits shared through Redis/Valkey by every app node', () => {
  it('refuses the sixth failed sign-in in 15 minutes although neither node saw five, with the time to wait', async () => {
    const { ip, email } = newClient()
    const failures = []
    for (let i = 0; i < 5; i++) failures.push(await (i % 2 === 0 ? first : second)(ip, email, `guess-${i}`))
    expect(statuses(failures)).toEqual([401, 401, 401, 401, 401])
    const refused = await first(ip, email, 'right-password')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(800)
    expect((await second(ip, email, 'right-password')).status).toBe(429)
  })

  it('evaluates at most 5 of 100 concurrent wrong passwords spread over both nodes', async () => {
    const { ip, email } = newClient()
    const before = evaluated
    const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? first : second)(ip, email, `guess-${i}`)))
    expect(evaluated - before).toBe(5)
    expect(statuses(burst).filter((s) => s === 401)).toHaveLength(5)
    expect(statuses(burst).filter((s) => s === 429)).toHaveLength(95)
  })

  it('keeps the counts in the server under the app’s prefix, expiring with their window', async () => {
    const { ip, email } = newClient()
    await first(ip, email, 'guess-1')
    await second(ip, email, 'guess-2')
    expect(await cli.get(`techplus:loginFailure:${ip}`)).toBe('2')
    expect(await cli.get(`techplus:loginFailure:${email}`)).toBe('2')
    // Every call, failed or not, also spends from the client's anonymous API budget.
    expect(await cli.get(`techplus:api:${ip}`)).toBe('2')
    const ttl = await cli.pttl(`techplus:loginFailure:${ip}`)
    expect(ttl).toBeGreaterThan(14 * 60 * 1000)
    expect(ttl).toBeLessThanOrEqual(15 * 60 * 1000)
  })

  it('forgets the failures both nodes counted once the right password comes through either', async () => {
    const { ip, email } = newClient()
    await first(ip, email, 'guess-1')
    await second(ip, email, 'guess-2')
    expect((await second(ip, email, 'right-password')).status).toBe(200)
    expect(await cli.exists(`techplus:loginFailure:${ip}`, `techplus:loginFailure:${email}`)).toBe(0)
  })

  it('keeps limiting while the server is down: each node counts alone in memory, and no error reaches the client', async () => {
    await server.stop()
    const { ip, email } = newClient()
    const failures = []
    for (let i = 0; i < 5; i++) failures.push(await first(ip, email, `guess-${i}`))
    expect(statuses(failures)).toEqual([401, 401, 401, 401, 401])
    const refused = await first(ip, email, 'right-password')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(800)
    // The other node never saw these failures: until the server is back, a guesser gets five per node.
    expect((await second(ip, email, 'guess-6')).status).toBe(401)
  })
})
