import { isolateObjectProperty, type Config, type GraphQLExtension, type PayloadRequest } from 'payload'

import { availabilityQuerySchema, bookingChangeSchema } from '../../../domain/schemas/booking'
import { asGraphQLRefusal, graphqlRefusalCodes } from '../../../infrastructure/http/graphqlErrors'
import { requestLanguage } from '../../../infrastructure/http/respond'
import { actingIntegration, type IntegrationUser } from '../access/integrations'
import { bookFromInput } from '../endpoints/book'
import { availabilityOf } from '../services/availability'
import { cancelBooking, changeBooking } from '../services/booking'
import { bookingTypes } from './types'

type Args = Record<string, unknown>

/** GraphQL's null for "not given" is zod's undefined: an optional field the caller left out (nested inputs too). */
const given = (args: Args): Args =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, typeof value === 'object' && !Array.isArray(value) ? given(value as Args) : value]),
  )

/**
 * A resolver acting for a diner, as the REST endpoints do: a partner's key acts as itself (scopes
 * checked, named on its bookings), a staff session riding along changes nothing, data is read in the
 * default locale, and a refusal carries its code.
 */
function asDiner(run: (req: PayloadRequest, args: Args, integration?: IntegrationUser) => Promise<unknown>) {
  return async (_source: unknown, args: Args, context: { req: PayloadRequest }) => {
    const req = isolateObjectProperty(context.req, ['user', 'locale', 'context'])
    req.context = { ...context.req.context }
    const integration = actingIntegration(req)
    const localization = req.payload.config.localization
    if (localization) req.locale = localization.defaultLocale as PayloadRequest['locale']
    try {
      return await run(req, args, integration)
    } catch (error) {
      throw asGraphQLRefusal(error, requestLanguage(context.req))
    }
  }
}

const queries: GraphQLExtension = (GraphQL) => {
  const { Availability } = bookingTypes(GraphQL)
  const { GraphQLInt, GraphQLNonNull, GraphQLString } = GraphQL
  return {
    availability: {
      type: new GraphQLNonNull(Availability),
      description: "A day's bookable times (`date`) or a range of days (`from`, `to`, at most 92): the same engine and refusals as GET /api/restaurants/{slug}/availability.",
      args: { restaurant: { type: new GraphQLNonNull(GraphQLString) }, party: { type: new GraphQLNonNull(GraphQLInt) }, date: { type: GraphQLString }, from: { type: GraphQLString }, to: { type: GraphQLString } },
      resolve: asDiner((req, { restaurant, ...query }, integration) => availabilityOf(req, String(restaurant), availabilityQuerySchema.parse(given(query)), integration)),
    },
  }
}

const mutations: GraphQLExtension = (GraphQL) => {
  const { BookInput, GuestBooking, NewBooking } = bookingTypes(GraphQL)
  const { GraphQLInt, GraphQLNonNull, GraphQLString } = GraphQL
  const token = { type: new GraphQLNonNull(GraphQLString), description: "The secret of the booking's private link (`manageToken`)." }
  return {
    book: {
      type: new GraphQLNonNull(NewBooking),
      description: 'Book a table: POST /api/reservations/book, the same services, lock and refusals.',
      args: { input: { type: new GraphQLNonNull(BookInput) } },
      resolve: asDiner((req, { input }, integration) => bookFromInput(req, given(input as Args), integration)),
    },
    changeBooking: {
      type: new GraphQLNonNull(GuestBooking),
      description: 'Change the time, party size or requests: PATCH /api/reservations/manage/{token}.',
      args: { token, startsAt: { type: GraphQLString }, partySize: { type: GraphQLInt }, specialRequests: { type: GraphQLString } },
      resolve: asDiner((req, { token, ...change }) => changeBooking(req, token, bookingChangeSchema.parse(given(change)))),
    },
    cancelBooking: {
      type: new GraphQLNonNull(GuestBooking),
      description: 'Cancel: DELETE /api/reservations/manage/{token}.',
      args: { token },
      resolve: asDiner((req, { token }) => cancelBooking(req, token)),
    },
  }
}

/** Chained after the host's own queries and mutations, if it has some; refusals' codes in `extensions`. */
export function withBookingGraphQL(config: Config): Config {
  const host = config.graphQL ?? {}
  return {
    ...config,
    graphQL: {
      ...host,
      queries: (GraphQL, context) => ({ ...host.queries?.(GraphQL, context), ...queries(GraphQL, context) }),
      mutations: (GraphQL, context) => ({ ...host.mutations?.(GraphQL, context), ...mutations(GraphQL, context) }),
    },
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), graphqlRefusalCodes] },
  }
}
