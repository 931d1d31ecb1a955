import type { EmailAdapter } from 'payload'

/**
 * Warta sends no e-mail of its own yet; Payload still composes some (password resets). Until an
 * SMTP adapter is configured they are written to the log, where an admin of a local run can find
 * a reset link, instead of Payload warning at every start that no adapter exists.
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'newsroom@localhost',
  defaultFromName: 'Warta',
  sendEmail: async (message) => {
    payload.logger.info({ msg: `E-mail not sent (no mail server configured): ${String(message.subject)}`, to: message.to, text: message.text })
  },
})
