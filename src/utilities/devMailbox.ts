import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/**
 * Where mail goes when no SMTP server is configured: each message is written as an .eml file
 * (open it in any mail client) and announced in the log, so nothing is lost silently and no
 * online test account is ever contacted.
 */
export function devMailbox(directory: string): Transport<{ messageId: string; path: string }> {
  return {
    name: 'techplus-dev-mailbox',
    version: '1',
    send(mail: MailMessage, done) {
      const chunks: Buffer[] = []
      const stream = mail.message.createReadStream()
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', (error: Error) => done(error, undefined as never))
      stream.on('end', () => {
        const messageId = mail.message.messageId()
        const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}.eml`)
        mkdir(directory, { recursive: true })
          .then(() => writeFile(file, Buffer.concat(chunks)))
          .then(() => {
            // No subject or recipient: staff alerts name the guest, and logs must not.
            console.info(`[mail] no SMTP configured: message saved in ${path.relative(process.cwd(), file)}`)
            done(null, { messageId, path: file })
          })
          .catch((error: Error) => done(error, undefined as never))
      })
    },
  }
}
