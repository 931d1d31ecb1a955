import type { CollectionConfig } from 'payload'

import { slugField } from '@/lib/fields/slug'
import { withSourceText } from '@/lib/fields/workflowFields'
import { newsroomCollection } from '@/lib/newsroom/collection'
import { adminLabel } from '@/lib/i18n/adminStrings'
import { newsroomDay, newsroomTimeZone } from '@/lib/time/newsroomTime'

/** A press release: its own fields only; access, workflow, hooks and versions come from the factory. */
export const PressReleases: CollectionConfig<'press-releases'> = newsroomCollection('press-releases', {
  defaultColumns: ['title', 'eventDate', 'workflow', 'updatedAt'],
  fields: [
    // Translated text. None of it is `required`: Payload's duplicate, restore and unpublish write
    // partial documents. Completeness is a per-locale publishing gate instead (the registry).
    withSourceText({ name: 'title', type: 'text', localized: true, label: adminLabel('warta:fields:title') }),
    withSourceText({ name: 'summary', type: 'textarea', localized: true, label: adminLabel('warta:fields:summary') }),
    withSourceText({ name: 'location', type: 'text', localized: true, label: adminLabel('warta:fields:location') }),
    withSourceText({ name: 'body', type: 'richText', localized: true, label: adminLabel('warta:fields:body') }),
    slugField({ from: 'title' }),
    {
      name: 'eventDate',
      type: 'date',
      label: adminLabel('warta:fields:eventDate'),
      index: true,
      // Lists, feeds and the year filter date and order releases by this day: a release created
      // without one showed no date and sorted below years-old ones. Today, unless the editor gives
      // one. A create-only hook, not `defaultValue`: Payload applies that on every read of a
      // document without the key (MongoDB leaves null keys out), so old undated releases would
      // have read as dated today, a new day every day.
      hooks: { beforeChange: [({ operation, value }) => (operation === 'create' && (value === undefined || value === null) ? newsroomDay(new Date(), newsroomTimeZone()) : value)] },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'PP' }, components: { Cell: '@/components/admin/Dates/DayCell#DayCell' } },
    },
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, label: adminLabel('warta:fields:people'), admin: { position: 'sidebar' } },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: adminLabel('warta:fields:topics'), admin: { position: 'sidebar' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: adminLabel('warta:fields:heroImage') },
    {
      name: 'relatedReleases',
      type: 'relationship',
      label: adminLabel('warta:fields:relatedReleases'),
      relationTo: 'press-releases',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
})
