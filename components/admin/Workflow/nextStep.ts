import type { LocaleOverview } from '@/lib/workflow/overview'

/**
 * Whose step a language waits for, when the person looking has none to take there. Nothing is
 * said where the panel already says what is wrong (a stale translation) or nobody has a step.
 */
export const nextStepKey = (
  entry: LocaleOverview,
  source: LocaleOverview | undefined,
):
  | 'warta:workflow:nextStep:sourceSubmits'
  | 'warta:workflow:nextStep:translatorSubmits'
  | 'warta:workflow:nextStep:reviewerApproves'
  | 'warta:workflow:nextStep:reviewerPublishes'
  | 'warta:workflow:nextStep:sourceFirst'
  | null => {
  switch (entry.state) {
    case 'draft':
    case 'rejected':
      return entry.isSource ? 'warta:workflow:nextStep:sourceSubmits' : 'warta:workflow:nextStep:translatorSubmits'
    case 'submitted':
      return 'warta:workflow:nextStep:reviewerApproves'
    case 'approved':
      if (entry.stale) return null
      // A translation goes live with or after its source (scheduled or live), never before it.
      if (!entry.isSource && source && source.publication !== 'live' && source.state !== 'scheduled') return 'warta:workflow:nextStep:sourceFirst'
      return 'warta:workflow:nextStep:reviewerPublishes'
    default:
      return null
  }
}
