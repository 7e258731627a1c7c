export { PAYMENT_EVENTS, RESERVATION_EVENTS, WEBHOOK_EVENTS, webhookEventsFor, type AnyWebhookEventType, type BookingFacts, type WebhookEventType } from './events'
export { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS, signatureHeader, signPayload, verifySignature } from './signature'
export { isPrivateAddress, webhookUrlProblem, type WebhookUrlProblem } from './url'
