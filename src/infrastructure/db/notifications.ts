import pg from 'pg'
import type { PayloadRequest } from 'payload'

import { execute, sql } from './execute'

/**
 * Postgres NOTIFY inside the request's transaction: Postgres delivers it to every listening
 * connection only once that transaction commits (never for one rolled back), after its rows are
 * visible to other sessions, so a listener that reloads on the message cannot read the old rows.
 * Several notices with the same text in one transaction arrive as one.
 */
export async function notifyOnCommit(req: PayloadRequest, channel: string, message = ''): Promise<void> {
  await execute(req, sql`select pg_notify(${channel}, ${message})`)
}

export interface ChannelListener {
  /** true while LISTEN holds on a live connection: messages sent now will arrive. */
  listening: () => boolean
  close: () => Promise<void>
}

export interface ListenOptions {
  /** The connection settings of the app's pool (Pool-only settings are ignored). */
  connection: pg.ClientConfig
  channel: string
  onMessage: (message: string) => void
  /**
   * Called when the connection is lost and when LISTEN holds again: messages sent in between are
   * lost, so whoever caches on the strength of them must forget what it holds at both moments.
   */
  onGap: () => void
  /** Wait before each new attempt after a loss (default 1 s). */
  retryDelayMs?: number
  /**
   * How often the idle connection is asked `SELECT 1` (default 10 s): a link dropped without a FIN
   * (a NAT or firewall forgetting it, a failed-over database) raises no error until something is sent,
   * and meanwhile the node would believe it hears every change.
   */
  heartbeatMs?: number
  log?: (message: string) => void
}

/**
 * One dedicated connection that LISTENs on a channel (a pooled connection cannot: LISTEN belongs to
 * its session), connecting again after every loss until closed.
 */
export function listenToChannel({ connection, channel, onMessage, onGap, retryDelayMs = 1_000, heartbeatMs = 10_000, log = () => {} }: ListenOptions): ChannelListener {
  let client: pg.Client | undefined
  let up = false
  let closed = false
  let retry: NodeJS.Timeout | undefined
  let heartbeat: NodeJS.Timeout | undefined

  const lost = (client: pg.Client, reason: string) => {
    clearInterval(heartbeat)
    if (closed) return
    if (up) onGap()
    up = false
    log(`LISTEN ${channel} lost (${reason}); again in ${retryDelayMs} ms`)
    client.removeAllListeners()
    // An error event with no handler would end the process.
    client.on('error', () => {})
    client.end().catch(() => {})
    retry = setTimeout(connect, retryDelayMs)
    retry.unref()
  }

  const connect = () => {
    if (closed) return
    const next = new pg.Client({ ...connection, application_name: `techplus-listen-${channel}` })
    client = next
    let gone = false
    // 'error' and 'end' may both come for one loss: one new attempt.
    const fail = (reason: string) => {
      if (gone) return
      gone = true
      lost(next, reason)
    }
    next.on('notification', (notice) => {
      if (notice.channel === channel) onMessage(notice.payload ?? '')
    })
    next.on('error', (error) => fail(error.message))
    next.on('end', () => fail('connection ended'))
    next
      .connect()
      .then(() => next.query(`LISTEN ${pg.escapeIdentifier(channel)}`))
      .then(() => {
        if (closed || client !== next) return
        up = true
        onGap()
        heartbeat = setInterval(() => {
          const silence = setTimeout(() => fail('no answer to the heartbeat'), heartbeatMs / 2)
          next.query('select 1').then(
            () => clearTimeout(silence),
            (error: Error) => fail(error.message),
          )
        }, heartbeatMs)
        heartbeat.unref()
      })
      .catch((error: Error) => fail(error.message))
  }

  connect()
  return {
    listening: () => up,
    close: async () => {
      closed = true
      up = false
      clearTimeout(retry)
      clearInterval(heartbeat)
      await client?.end().catch(() => {})
    },
  }
}
