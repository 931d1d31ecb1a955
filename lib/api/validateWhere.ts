import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import { APIError } from 'payload'

import { locales } from '@/lib/i18n/locales'

/**
 * A `where` that Payload would turn into a failing database query is refused first, with 400 and
 * the parameter named (`where[title][like] must be text, not a list`), instead of a 500 with the
 * SQL in the server log. What is checked: the shape (an object of conditions, `and`/`or` lists),
 * the operator names, and each operator's value against the field's type. Paths Payload cannot
 * resolve are left to Payload, which already answers 400 for them.
 */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const RANGE_OPERATORS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Fields whose inside is a document of its own: it can only be matched as a whole. */
const OPAQUE = new Set(['richText', 'json', 'code'])
const MAX_CONDITIONS = 100

export class QueryShapeError extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'QueryShapeError'
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The field a dotted path names, and what is left of the path inside an opaque field. */
const resolve = (fields: FlattenedField[], segments: string[]): { field: FlattenedField; rest: string[] } | null => {
  const [first, ...rest] = segments
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === first)
  if (!field) return null
  // `title.zh`: the locale's stored value.
  const tail = field.localized && rest[0] && (locales as readonly string[]).includes(rest[0]) ? rest.slice(1) : rest
  if (tail.length === 0 || OPAQUE.has(field.type)) return { field, rest: tail }
  if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
    return resolve(field.flattenedFields, tail)
  }
  // Relationship sub-paths (`topics.slug`) and anything else are Payload's to check.
  return null
}

const checkValue = (param: string, operator: string, value: unknown, field: FlattenedField | null) => {
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as string | boolean)) throw new QueryShapeError(`${param} must be true or false.`)
    return
  }
  if (LIST_OPERATORS.has(operator)) {
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null
    if (!list || !list.every(isScalar)) throw new QueryShapeError(`${param} must be a list of values (a,b or ${param}[0]=a).`)
    return
  }
  if (GEO_OPERATORS.has(operator)) {
    if (field && field.type !== 'point') throw new QueryShapeError(`${param}: "${operator}" works only on map points, and this field is not one.`)
    return
  }
  if (!isScalar(value)) throw new QueryShapeError(`${param} must be a single value, not a list or an object.`)
  if (TEXT_OPERATORS.has(operator) && typeof value !== 'string') throw new QueryShapeError(`${param} must be text.`)
  if (!field) return
  if (field.type === 'date' && (RANGE_OPERATORS.has(operator) || operator === 'equals' || operator === 'not_equals') && value !== null) {
    if (Number.isNaN(Date.parse(String(value)))) throw new QueryShapeError(`${param} must be a date (e.g. 2024-09-03 or 2024-09-03T10:00:00Z), not "${String(value).slice(0, 40)}".`)
  }
  if (field.type === 'number' && RANGE_OPERATORS.has(operator) && !Number.isFinite(Number(value))) {
    throw new QueryShapeError(`${param} must be a number.`)
  }
  if (TEXT_OPERATORS.has(operator) && !['text', 'textarea', 'email', 'select', 'code', 'richText', 'json'].includes(field.type)) {
    throw new QueryShapeError(`${param}: "${operator}" matches text, and this field is a ${field.type}.`)
  }
}

export const validateWhere = (where: unknown, fields: FlattenedField[], param = 'where', budget = { conditions: 0 }): void => {
  if (where === undefined || where === null || where === '') return
  if (!isPlainObject(where)) {
    throw new QueryShapeError(`${param} must be a set of conditions, e.g. ${param}[title][like]=word (got ${typeof where === 'string' ? `"${where.slice(0, 40)}"` : 'a list'}).`)
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!list) throw new QueryShapeError(`${param}[${key}] must be a list of conditions: ${param}[${key}][0][title][like]=word.`)
      list.forEach((entry, index) => validateWhere(entry, fields, `${param}[${key}][${index}]`, budget))
      continue
    }
    const fieldParam = `${param}[${key}]`
    if (!isPlainObject(value)) throw new QueryShapeError(`${fieldParam} needs an operator: ${fieldParam}[equals]=…, [like], [in], [greater_than] …`)
    const resolved = resolve(fields, key.split('.'))
    if (resolved && resolved.rest.length > 0) {
      throw new QueryShapeError(`${fieldParam}: the inside of "${resolved.field.name}" (${resolved.field.type}) cannot be queried; query the field as a whole.`)
    }
    for (const [operator, operand] of Object.entries(value)) {
      budget.conditions += 1
      if (budget.conditions > MAX_CONDITIONS) throw new QueryShapeError(`${param} has more than ${MAX_CONDITIONS} conditions.`)
      if (!OPERATORS.has(operator)) throw new QueryShapeError(`${fieldParam}[${operator}]: unknown operator; use one of ${[...OPERATORS].join(', ')}.`)
      checkValue(`${fieldParam}[${operator}]`, operator, operand, resolved?.field ?? null)
    }
  }
}

/**
 * Runs on every collection's operations that take a `where`, for requests from outside (REST,
 * GraphQL); the Local API is our own code.
 */
export const rejectMalformedWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const where = (args as { where?: unknown }).where
  if (where !== undefined) validateWhere(where, collection.flattenedFields)
  return args
}
