import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

import type { NewsroomCollection } from '@/lib/newsroom/registry'
import type { AllLocalesDoc } from '@/lib/workflow/texts'

import { glossaryFindingsOf } from '@/lib/glossary/documentFindings'

/**
 * Reads the edit view's server components share within one request: every translated field
 * renders a SourceText, and the workflow panel needs the same document and glossary findings, so
 * each is read once per request (kept in `req.context`) as the signed-in person may read it.
 */
const once = <T>(req: PayloadRequest, key: string, read: () => Promise<T>): Promise<T> => {
  const context = req.context as Record<string, unknown>
  context[key] ??= read()
  return context[key] as Promise<T>
}

type StaffRequest = PayloadRequest & { user: TypedUser }

/** The document's current drafts in every language. */
export const documentInAllLocales = (req: StaffRequest, collection: NewsroomCollection, id: number | string) =>
  once(req, `warta-source:${collection}:${id}`, async () =>
    (await req.payload.findByID({ collection, id, depth: 0, draft: true, locale: 'all', user: req.user, overrideAccess: false })) as unknown as AllLocalesDoc,
  )

/** Per translation, the official names its source uses and whether the translation has them. */
export const glossaryFindingsFor = (req: StaffRequest, collection: NewsroomCollection, id: number | string) =>
  once(req, `warta-glossary:${collection}:${id}`, async () => glossaryFindingsOf(req.payload, req.user, collection, await documentInAllLocales(req, collection, id)))

/** One language's workflow record (state, staleness), or undefined before its first save, as `user` may read it. */
export const findLocaleRecord = async (payload: Payload, user: TypedUser, collection: NewsroomCollection, id: number | string, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'workflow-states',
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }, { locale: { equals: locale } }] },
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs[0]
}

/** findLocaleRecord, once per request. */
export const localeRecordFor = (req: StaffRequest, collection: NewsroomCollection, id: number | string, locale: Locale) =>
  once(req, `warta-record:${collection}:${id}:${locale}`, () => findLocaleRecord(req.payload, req.user, collection, id, locale))
