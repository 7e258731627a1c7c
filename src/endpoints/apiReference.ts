import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint } from 'payload'
import swaggerUiPath from 'swagger-ui-dist/absolute-path.js'

import { refusal, requestLanguage } from '../infrastructure/http/respond'
import type { ApiOperation } from '../infrastructure/openapi/operation'

/**
 * The API reference page at /api/docs: Swagger UI (npm `swagger-ui-dist`) served from our own
 * origin, reading /api/openapi.json. No CDN, no inline script: its policy allows scripts from
 * 'self' only; Swagger UI's call to validator.swagger.io for a badge is turned off.
 */

const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Swagger UI sets style attributes as it renders (React's style prop).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ')

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TechPlus API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="reference"><noscript>The reference needs JavaScript; the contract itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/reference.js"></script>
</body>
</html>
`

const START = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#reference',
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
  defaultModelsExpandDepth: 0,
})
`

/** The files the page loads: Swagger UI's, read from its package, and the line that starts it. */
const FILES: Record<string, { type: string; read: () => Promise<string> }> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', read: () => readFile(path.join(swaggerUiPath(), 'swagger-ui.css'), 'utf8') },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', read: () => readFile(path.join(swaggerUiPath(), 'swagger-ui-bundle.js'), 'utf8') },
  'reference.js': { type: 'text/javascript; charset=utf-8', read: async () => START },
}

const page: ApiOperation = {
  tag: 'Reference',
  summary: 'The API reference page (Swagger UI)',
  auth: ['public'],
  responses: { 200: { description: 'An HTML page that reads /api/openapi.json.', contentType: 'text/html' } },
}

const asset: ApiOperation = {
  tag: 'Reference',
  summary: "The reference page's scripts and stylesheet",
  auth: ['public'],
  params: { file: { description: '`swagger-ui.css`, `swagger-ui-bundle.js` or `reference.js`.' } },
  responses: { 200: { description: 'The file.', contentType: 'application/octet-stream' } },
  errors: { 404: ['not_found'] },
}

export const apiReferenceEndpoints: Endpoint[] = [
  {
    custom: { openapi: page },
    path: '/docs',
    method: 'get',
    handler: () => new Response(PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': POLICY, 'Cache-Control': 'public, max-age=300' } }),
  },
  {
    custom: { openapi: asset },
    path: '/docs/:file',
    method: 'get',
    handler: async (req) => {
      const file = FILES[String(req.routeParams?.file ?? '')]
      if (!file) return refusal(404, 'not_found', requestLanguage(req))
      // Swagger UI's files change only with its version (package.json pins it): a day in the browser.
      return new Response(await file.read(), { headers: { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=86400' } })
    },
  },
]
