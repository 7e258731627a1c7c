import type { Endpoint } from 'payload'
import { z } from 'zod'

import { serverUrl } from '../infrastructure/config/serverUrl'
import { openApiDocument } from '../infrastructure/openapi/document'
import type { ApiOperation } from '../infrastructure/openapi/operation'

/**
 * Entries for the endpoints other packages mount under /api (they cannot carry ours beside them):
 * the SEO plugin's suggestions, plugin-stripe's webhook and the Next adapter's Open Graph image.
 * The OpenAPI test fails when one of these is gone or a new one has no entry.
 */
const seoSuggestion = (what: string): ApiOperation => ({
  tag: 'Admin helpers',
  summary: `The SEO plugin's suggested ${what} for a page`,
  description: 'Used by the admin\'s SEO tab; it only reformats the document it is sent.',
  auth: ['public'],
  body: z.object({ doc: z.looseObject({}), collectionSlug: z.string(), locale: z.string().optional() }),
  bodyExample: { doc: { title: 'À propos' }, collectionSlug: 'pages', locale: 'fr' },
  responses: { 200: { description: 'The suggestion.', schema: z.object({ result: z.unknown() }), example: { result: 'À propos — TechPlus' } } },
})

export const OTHER_ENDPOINTS: Record<string, ApiOperation> = {
  'POST /plugin-seo/generate-title': seoSuggestion('title'),
  'POST /plugin-seo/generate-description': seoSuggestion('description'),
  'POST /plugin-seo/generate-url': seoSuggestion('address'),
  'POST /plugin-seo/generate-image': seoSuggestion('image'),
  'POST /stripe/webhooks': {
    tag: 'Payments',
    summary: "Stripe's events (deposits paid, refunded, expired)",
    description: "Mounted when deposits are configured. Each event is stored and handled by a job, idempotently; a forged or stale signature is refused.",
    auth: ['stripeSignature'],
    body: z.looseObject({ id: z.string(), type: z.string() }),
    bodyExample: { id: 'evt_1', type: 'checkout.session.completed', data: { object: {} } },
    responses: { 200: { description: 'Received.', schema: z.looseObject({}), example: { received: true } } },
    errors: { 400: ['invalid'] },
  },
  'GET /og': {
    tag: 'Admin helpers',
    summary: "The admin's Open Graph image",
    description: "Payload's Next adapter draws it from the query string (`title`, `description`).",
    auth: ['public'],
    query: z.object({ title: z.string().optional(), description: z.string().optional() }),
    responses: { 200: { description: 'A PNG image.', contentType: 'image/png' } },
  },
}

const openapi: ApiOperation = {
  tag: 'Reference',
  summary: 'This document: OpenAPI 3.1',
  description: 'Generated from the endpoints themselves and the zod schemas they validate with. The reference page is at `/api/docs`.',
  auth: ['public'],
  responses: { 200: { description: 'The OpenAPI 3.1 document.', schema: z.looseObject({ openapi: z.string(), info: z.looseObject({ version: z.string() }) }), example: { openapi: '3.1.0', info: { title: 'TechPlus API', version: '1.0.0' } } } },
}

/** GET /api/openapi.json — the contract of every custom endpoint, read from the live config. */
export const openApiEndpoint: Endpoint = {
  custom: { openapi },
  path: '/openapi.json',
  method: 'get',
  handler: (req) =>
    Response.json(openApiDocument(req.payload.config, { serverUrl: serverUrl(), others: OTHER_ENDPOINTS }), {
      // Changes only with a deploy; a client may keep it a few minutes.
      headers: { 'Cache-Control': 'public, max-age=300' },
    }),
}
