/**
 * An error as one message a person can act on, with its causes: Drizzle wraps SQLite's own error
 * ("SQLITE_BUSY: database is locked") in "Failed query: <sql>", so the message alone hides why.
 */
export const describeError = (error: unknown): string => {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const text = current instanceof Error ? `${'code' in current && current.code ? `${String(current.code)}: ` : ''}${current.message}` : String(current)
    if (!parts.includes(text)) parts.push(text)
    current = current instanceof Error ? current.cause : undefined
  }
  return parts.join('\n  caused by: ')
}
