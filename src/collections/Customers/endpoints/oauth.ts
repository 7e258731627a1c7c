import type { Endpoint } from 'payload'

export const oauthEndpoints: Endpoint[] = []
