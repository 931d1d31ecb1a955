import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql'

import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'

/**
 * What one GraphQL request may ask for, checked before anything runs (GraphQL Armor's rules).
 * Payload's own `maxComplexity` does not see aliases of cheap fields: one anonymous request with
 * 250 aliases of `PressReleases(limit: 0) { totalDocs }` held the whole server for 12 seconds.
 * The site and the admin use REST; these limits leave room for any honest GraphQL client.
 */
export const GRAPHQL_LIMITS = {
  aliases: 15,
  depth: 10,
  cost: 5000,
  directives: 20,
  tokens: 2000,
  /** Longest a request may run before the client gets 503 (the work itself is bounded by the limits). */
  timeBudgetMs: 10_000,
} as const

/** Report a refusal as a validation error (a 400), instead of throwing inside the validator (a 500). */
const asValidationError = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] }

export const graphqlValidationRules = (): ValidationRule[] => [
  maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...asValidationError }),
  maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...asValidationError }),
  costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, ...asValidationError }),
  maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...asValidationError }),
]

/**
 * The token limit works while parsing, which Payload's handler does itself; the route counts the
 * tokens first with Armor's counting parser. Returns the reason to refuse, or null.
 */
export const tokenLimitExceeded = (query: string): string | null => {
  try {
    new MaxTokensParserWLexer(query, { n: GRAPHQL_LIMITS.tokens }).parseDocument()
    return null
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return /Token limit/.test(message) ? message : null
  }
}
