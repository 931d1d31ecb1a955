/**
 * Exits once stdout and stderr have drained. Payload keeps handles open, so scripts must exit
 * explicitly, and a bare `process.exit()` truncates output written to a pipe.
 */
export const exitAfterFlush = async (code: number): Promise<never> => {
  await Promise.all([
    new Promise<void>((resolve) => process.stdout.write('', () => resolve())),
    new Promise<void>((resolve) => process.stderr.write('', () => resolve())),
  ])
  process.exit(code)
}
