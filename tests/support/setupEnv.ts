import { inject } from 'vitest'

// Runs before each test file imports payload.config.ts, which reads these at import time.
process.env.DATABASE_URI = inject('databaseUri')
process.env.MEDIA_DIR = inject('mediaDir')
process.env.PAYLOAD_SECRET = 'int-test-secret'
process.env.NEXT_PUBLIC_SERVER_URL = 'http://localhost:3000'
// Mail goes to the SMTP sink and SMS to the local Twilio stand-in that notifications.test.ts starts.
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(inject('smtpPort'))
process.env.SMTP_SECURE = 'false'
process.env.SMS_ACCOUNT_SID = 'AC_test_account'
process.env.SMS_AUTH_TOKEN = 'test-token'
process.env.SMS_FROM = '+33700000000'
process.env.SMS_API_BASE = `http://127.0.0.1:${inject('smsPort')}`
// Retries come quickly here; production waits 30 s, then doubles.
process.env.MESSAGE_RETRY_DELAY_MS = '50'
// Deposits go through the local Stripe stand-in globalSetup started (tests/support/localStripe.ts).
process.env.STRIPE_SECRET_KEY = 'sk_test_int'
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_int_test'
process.env.STRIPE_API_BASE = `http://127.0.0.1:${inject('stripePort')}`
// The route handlers start Payload's job cron, as Next does; here each test runs the queue itself
// (`payload.jobs.run()`), so a background run never takes a job from under a test.
process.env.JOBS_AUTORUN = 'false'
