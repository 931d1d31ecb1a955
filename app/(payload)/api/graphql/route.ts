import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { GRAPHQL_LIMITS, tokenLimitExceeded } from '@/lib/security/graphqlLimits'
import { errorResponse } from '@/lib/api/errorBody'

const handle = GRAPHQL_POST(config)

const refuse = (status: number, message: string) => errorResponse(status, message)

/**
 * Payload's GraphQL endpoint behind two guards of its own: the token limit (a parse-time limit
 * Payload's handler cannot take) and a time budget. Aliases, depth, cost and directives are
 * validation rules in the Payload config (lib/security/graphqlLimits.ts).
 */
export const POST = async (request: Request): Promise<Response> => {
  let query: unknown
  try {
    ;({ query } = (await request.clone().json()) as { query?: unknown })
  } catch {
    return refuse(400, 'Send a JSON body: { "query": "…", "variables": { … } }.')
  }
  if (typeof query === 'string') {
    const tooLong = tokenLimitExceeded(query)
    if (tooLong) return refuse(400, tooLong)
  }
  let timer: NodeJS.Timeout | undefined
  const overBudget = new Promise<Response>((resolve) => {
    timer = setTimeout(() => resolve(refuse(503, `The query took more than ${GRAPHQL_LIMITS.timeBudgetMs / 1000} s; ask for less.`)), GRAPHQL_LIMITS.timeBudgetMs)
  })
  try {
    return asRefusal(await Promise.race([handle(request), overBudget]))
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A request refused before it ran (a validation error: too many aliases, too deep…) has errors
 * and no `data`; with `Accept: application/json` graphql-http answers it 200, which monitoring and
 * clients read as success. It is answered 400, as for the GraphQL response media type.
 */
const asRefusal = async (response: Response): Promise<Response> => {
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const body = await response.text()
  const refused = body.startsWith('{"errors":') && !body.includes('"data":')
  return new Response(body, { status: refused ? 400 : 200, headers: response.headers })
}

export const OPTIONS = REST_OPTIONS(config)
