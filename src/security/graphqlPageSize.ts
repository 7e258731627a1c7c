import { GraphQLError, Kind, type ASTVisitor, type ExecutionArgs, type ValidationContext, type ValueNode } from 'graphql'

import { MAX_PAGE_SIZE } from './pageSize'

/** A literal argument's value, or the variable's value it names. */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * The same cap as REST's (src/security/pageSize.ts) for GraphQL, where a query cannot be rewritten:
 * a `limit` outside 1–100 (0 means "all" to Payload) or `pagination: false` is refused before
 * anything runs, with a message that says what to do.
 */
export function graphqlPageSizeRule(args: ExecutionArgs) {
  const variables = (args.variableValues ?? {}) as Record<string, unknown>
  return (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      const value = valueOf(node.value, variables)
      if (node.name.value === 'limit' && typeof value === 'number' && (value < 1 || value > MAX_PAGE_SIZE)) {
        context.reportError(new GraphQLError(`limit must be from 1 to ${MAX_PAGE_SIZE}: page through with page`, { nodes: node }))
      }
      if (node.name.value === 'pagination' && value === false) {
        context.reportError(new GraphQLError(`pagination cannot be turned off over the API: page through with page and limit (at most ${MAX_PAGE_SIZE})`, { nodes: node }))
      }
    },
  })
}
