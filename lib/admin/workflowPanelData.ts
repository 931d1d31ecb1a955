import type { PayloadRequest, TypedUser } from 'payload'

import type { GlossaryFinding } from '@/lib/glossary/glossary'
import type { Locale } from '@/lib/i18n/locales'
import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { WorkflowOverview } from '@/lib/workflow/overview'

import { documentInAllLocales, glossaryFindingsFor } from '@/lib/admin/documentReads'
import { getWorkflowOverview } from '@/lib/workflow/overview'
import { actorFromUser } from '@/lib/workflow/records'

/** What the edit view's workflow panel and status line show, as one person may see it. */
export type WorkflowPanelData = {
  overview: WorkflowOverview
  /** Per translation, the official names its source uses that it does not (lib/glossary). */
  glossary: Partial<Record<Locale, GlossaryFinding[]>>
}

/**
 * One home for the panel's data, used by the server-rendered panel and by
 * `GET /api/{collection}/{id}/workflow`, which the panel reads again after each Save Draft
 * (a save changes states, staleness and progress, and the server-rendered panel is not rendered
 * again until a reload). The document is first read as `user` may read it (access control on), so
 * the overview, computed by the workflow's own reads, is only ever shown to someone who may see it.
 */
export const workflowPanelData = async (
  req: PayloadRequest & { user: TypedUser },
  collection: NewsroomCollection,
  id: number | string,
): Promise<WorkflowPanelData> => {
  await documentInAllLocales(req, collection, id)
  const [overview, findings] = await Promise.all([
    getWorkflowOverview(req.payload, req, collection, id, actorFromUser(req.user)),
    glossaryFindingsFor(req, collection, id),
  ])
  // Only what is unresolved reaches the panel: the reviewer sees it before approving.
  const glossary = Object.fromEntries(Object.entries(findings).map(([locale, list]) => [locale, list.filter((finding) => !finding.used)]))
  return { overview, glossary }
}
