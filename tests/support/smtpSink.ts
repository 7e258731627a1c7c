import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on localhost that keeps what it receives, parsed. It can be stopped and
 * started again on the same port, which is how the tests play a mail outage.
 */
export class SmtpSink {
  readonly received: ParsedMail[] = []
  private server: SMTPServer | null = null

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    if (this.server) return
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail)
            callback()
          })
          .catch(callback)
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.server = server
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => {
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
      return to.some((group) => group.value.some((a) => a.address?.toLowerCase() === address.toLowerCase()))
    })
  }
}
