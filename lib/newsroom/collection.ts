import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffDraftsOnly } from '@/access/staffDraftsOnly'
import { keepLockEndpoint, releaseLockEndpoint } from '@/lib/admin/releaseLock'
import { editLockSeconds } from '@/lib/env'
import { setEntityTag } from '@/lib/api/entityTag'
import { originalPublicationField } from '@/lib/fields/originalPublication'
import { lockSharedFieldsForTranslators } from '@/lib/fields/sharedByEveryLanguage'
import { adminLabel, adminLabels, type AdminKey, type AdminLabelsKey, type AdminT } from '@/lib/i18n/adminStrings'
import { sourceLocaleField } from '@/lib/fields/sourceLocale'
import { timestampFields } from '@/lib/fields/timestamps'
import { workflowFields } from '@/lib/fields/workflowFields'
import { assignItemKeys } from '@/lib/hooks/assignItemKeys'
import {
  defaultRequestLocale,
  hideUnpublishedLocalesFromReaders,
  ignoreDraftAndFallbackForReaders,
} from '@/lib/hooks/readerSafety'
import { withdrawDeletedDocument } from '@/lib/publicState/applyPublicChange'
import { previewUrl } from '@/lib/seo/previewUrl'
import { confirmPartEndpoint, workflowEndpoint, workflowStatusEndpoint } from '@/lib/workflow/endpoint'
import { enforceTranslatorScope, rememberSubmittedData } from '@/lib/workflow/hooks/enforceTranslatorScope'
import { enforceWorkflowPublishing } from '@/lib/workflow/hooks/enforceWorkflowPublishing'
import { recordLocaleEdit } from '@/lib/workflow/hooks/recordLocaleEdit'
import { rejectStaleWrite } from '@/lib/workflow/hooks/rejectStaleWrite'

import { newsroomType, type NewsroomCollection } from './registry'

/**
 * Every newsroom document type gets the same rules from here, so a collection file holds only its
 * own fields:
 * - access: editors create, readers see published locales only, staff save drafts (publishing
 *   goes through the workflow endpoint), only admins delete; fields shared by every language are
 *   read-only for translators;
 * - hooks, in order: requests without a valid locale read the default one; readers never get
 *   drafts or another language's text; publishing only through the workflow; a save against a
 *   stale copy (If-Match) is refused; translators write only their languages; every edit is
 *   recorded per locale (staleness); a deleted document leaves the public site in the same
 *   transaction;
 * - versions with per-locale status (a locale is published on its own), the source-language
 *   field and the workflow's own fields, the admin's preview button.
 */
export const newsroomCollection = <S extends NewsroomCollection>(
  slug: S,
  own: {
    fields: Field[]
    defaultColumns: string[]
    description?: AdminKey
  },
): CollectionConfig<S> => ({
  slug,
  labels: adminLabels(`warta:collections:${slug}` satisfies AdminLabelsKey),
  access: {
    create: isEditorOrAdmin,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: staffDraftsOnly,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: own.defaultColumns,
    group: adminLabel('warta:groups:newsroom'),
    preview: previewUrl(slug),
    // The language being edited as the workflow sees it, instead of Payload's draft/published status.
    components: {
      edit: { Status: { path: '@/components/admin/Workflow/LocaleStatus#LocaleStatus', clientProps: { collection: slug } } },
      // The translation workspace: source and translation in two columns, paragraph by paragraph.
      views: {
        edit: {
          sideBySide: {
            Component: '@/components/admin/Workflow/SideBySideView#SideBySideView',
            path: '/side-by-side',
            tab: { href: '/side-by-side', label: ({ t }) => (t as unknown as AdminT)('warta:sideBySide:tab'), order: 150 },
          },
        },
      },
    },
    ...(own.description ? { description: adminLabel(own.description) } : {}),
  },
  defaultSort: `-${newsroomType(slug).dateField}`,
  endpoints: [workflowEndpoint(slug), workflowStatusEndpoint(slug), confirmPartEndpoint(slug), releaseLockEndpoint(slug), keepLockEndpoint(slug)],
  lockDocuments: { duration: editLockSeconds() },
  // Payload's timestamps, declared for their list column in the newsroom's zone; never written by a person.
  fields: [...lockSharedFieldsForTranslators([...own.fields, sourceLocaleField, originalPublicationField, ...workflowFields]), ...timestampFields],
  hooks: {
    beforeOperation: [defaultRequestLocale<S>(), ignoreDraftAndFallbackForReaders<S>(), enforceWorkflowPublishing<S>(), rememberSubmittedData<S>()],
    beforeValidate: [rejectStaleWrite, enforceTranslatorScope],
    // Types with Q&A items key them once and for all (#q1, #q2 … the same in every language).
    beforeChange: newsroomType(slug).items ? [assignItemKeys] : [],
    afterRead: [hideUnpublishedLocalesFromReaders, setEntityTag],
    afterChange: [recordLocaleEdit],
    afterDelete: [withdrawDeletedDocument(slug)],
  },
  versions: {
    drafts: { localizeStatus: true },
    maxPerDoc: 100,
  },
})
