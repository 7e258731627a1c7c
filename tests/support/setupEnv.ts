import { inject } from 'vitest'

// Runs before each test file imports payload.config.ts, which reads these at import time.
process.env.DATABASE_URI = inject('databaseUri')
process.env.MEDIA_DIR = inject('mediaDir')
process.env.PAYLOAD_SECRET = 'int-test-secret'
process.env.NEXT_PUBLIC_SERVER_URL = 'http://localhost:3000'
