import type * as GraphQLModule from 'graphql'

import { OCCASION_VALUES } from '../../../domain/schemas/booking'

type GraphQL = typeof GraphQLModule

/**
 * The GraphQL types of the booking operations: the same answers as the REST endpoints (the
 * OpenAPI document's `bookingView`, `daySlotsAnswer`…), field for field. Made once per GraphQL
 * module, since `queries` and `mutations` share them and a schema refuses two types of one name.
 */
const made = new WeakMap<GraphQL, ReturnType<typeof make>>()

export function bookingTypes(GraphQL: GraphQL) {
  let types = made.get(GraphQL)
  if (!types) made.set(GraphQL, (types = make(GraphQL)))
  return types
}

function make(GraphQL: GraphQL) {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const required = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)
  const str = { type: GraphQLString }
  const reqStr = { type: required(GraphQLString) }
  const reqInt = { type: required(GraphQLInt) }
  const reqBool = { type: required(GraphQLBoolean) }

  const AvailabilitySlot = new GraphQLObjectType({
    name: 'AvailabilitySlot',
    fields: { time: reqStr, startsAt: reqStr, service: reqStr, available: reqBool, reason: { ...str, description: 'Why this time cannot be booked.' } },
  })
  const AvailabilityDay = new GraphQLObjectType({
    name: 'AvailabilityDay',
    fields: { date: reqStr, available: reqBool, slots: { ...reqInt, description: 'Bookable times that day.' }, reason: str },
  })
  const Availability = new GraphQLObjectType({
    name: 'Availability',
    description: 'A day (`date`: `closed`, `slots`) or a range of days (`from`, `to`: `days`), as GET /api/restaurants/{slug}/availability answers.',
    fields: {
      restaurant: reqStr,
      timeZone: reqStr,
      party: reqInt,
      date: str,
      closed: { type: GraphQLBoolean },
      slots: { type: new GraphQLList(required(AvailabilitySlot)) },
      from: str,
      to: str,
      days: { type: new GraphQLList(required(AvailabilityDay)) },
    },
  })

  const bookingFields = {
    reference: reqStr,
    status: reqStr,
    startsAt: reqStr,
    endsAt: reqStr,
    localDate: reqStr,
    time: reqStr,
    timeZone: reqStr,
    partySize: reqInt,
    guestName: reqStr,
    guestEmail: str,
    guestPhone: str,
    specialRequests: str,
    occasion: str,
    restaurant: {
      type: required(new GraphQLObjectType({ name: 'GuestBookingRestaurant', fields: { name: reqStr, slug: reqStr, phone: str, email: str } })),
    },
    deposit: { type: new GraphQLObjectType({ name: 'GuestBookingDeposit', fields: { amountMinor: reqInt, currency: reqStr, status: reqStr } }) },
    holdExpiresAt: str,
    canChange: reqBool,
    canCancel: reqBool,
    cancellation: {
      type: new GraphQLObjectType({
        name: 'GuestBookingCancellation',
        fields: { free: reqBool, freeUntil: reqStr, refundPercent: { type: required(GraphQLFloat) }, refundMinor: reqInt, keptMinor: reqInt, policy: str },
      }),
    },
  }
  const GuestBooking = new GraphQLObjectType({ name: 'GuestBooking', description: 'A booking as its guest sees it (REST: GET /api/reservations/manage/{token}).', fields: bookingFields })
  const NewBooking = new GraphQLObjectType({
    name: 'NewBooking',
    description: 'A booking just made, with the secret of its private link (`manageToken`): keep it.',
    fields: { ...bookingFields, manageUrl: reqStr, calendarUrl: reqStr, manageToken: reqStr, paymentUrl: str },
  })

  const BookGuestInput = new GraphQLInputObjectType({ name: 'BookGuestInput', fields: { name: reqStr, email: reqStr, phone: str } })
  const Occasion = new GraphQLEnumType({ name: 'BookingOccasion', values: Object.fromEntries(OCCASION_VALUES.map((o) => [o, { value: o }])) })
  const BookInput = new GraphQLInputObjectType({
    name: 'BookInput',
    description: 'As POST /api/reservations/book takes it.',
    fields: {
      restaurant: reqStr,
      startsAt: { ...reqStr, description: 'ISO 8601 with its offset: 2026-12-04T19:30:00+01:00.' },
      partySize: reqInt,
      guest: { type: required(BookGuestInput) },
      locale: { ...str, description: "The guest's language, `fr` (default) or `en`: their emails'." },
      specialRequests: str,
      occasion: { type: Occasion },
      smsConsent: { type: GraphQLBoolean },
    },
  })
  return { Availability, GuestBooking, NewBooking, BookInput }
}
