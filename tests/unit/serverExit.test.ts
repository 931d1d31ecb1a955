import { serverExitOutcome } from '@/lib/cli/processes'

/**
 * `npm run demo` ends when its server does. A server that died (kill -9, the OOM killer, a crash)
 * must not end the demo with 0 and nothing said: it did, when the server was killed by a signal.
 */
test.each([
  [{ code: 0, signal: null, stopRequested: false }, { exitCode: 0, message: null }],
  [{ code: 0, signal: null, stopRequested: true }, { exitCode: 0, message: null }],
  // Ctrl+C or SIGTERM to the demo: the server is asked to stop, however it then ends.
  [{ code: null, signal: 'SIGTERM', stopRequested: true }, { exitCode: 0, message: null }],
  [{ code: null, signal: 'SIGKILL', stopRequested: false }, { exitCode: 1, message: 'The server stopped on SIGKILL.' }],
  [{ code: 13, signal: null, stopRequested: false }, { exitCode: 13, message: 'The server stopped with exit code 13.' }],
] as const)('a server that ended as %j ends the demo as %j', (ended, expected) => {
  expect(serverExitOutcome(ended)).toEqual(expected)
})
