import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { dataDir } from '@/lib/env'
import { recordReferenceChange, recordReferenceDeletion } from '@/lib/publicState/applyPublicChange'
import { checkUploadType, downloadNonImages, UPLOAD_TYPES } from '@/lib/security/uploads'
import { adminLabel, adminLabels } from '@/lib/i18n/adminStrings'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: adminLabels('warta:collections:media'),
  access: { create: isStaff, read: anyone, update: isStaff, delete: isAdmin },
  admin: { group: adminLabel('warta:groups:reference') },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: adminLabel('warta:fields:alt'),
      admin: { description: adminLabel('warta:descriptions:mediaAlt') },
    },
  ],
  upload: {
    // Uploads live beside the database so one folder holds a deployment's state.
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: Object.keys(UPLOAD_TYPES),
    modifyResponseHeaders: downloadNonImages,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  hooks: { beforeOperation: [checkUploadType], afterChange: [recordReferenceChange], afterDelete: [recordReferenceDeletion] },
}
