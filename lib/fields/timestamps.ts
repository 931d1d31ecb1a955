import type { DateField, Field } from 'payload'

const NEWSROOM_TIME_CELL = '@/components/admin/Dates/NewsroomTimeCell#NewsroomTimeCell'

/**
 * A date field's list column in the newsroom's zone (components/admin/Dates/NewsroomTimeCell).
 */
export const inNewsroomTime = <T extends DateField>(field: T): T => ({
  ...field,
  admin: { ...field.admin, components: { ...field.admin?.components, Cell: NEWSROOM_TIME_CELL } },
})

/**
 * Payload's own `updatedAt` and `createdAt`, declared as Payload adds them (date, indexed, hidden
 * in forms, its labels: the schema does not change), so that their list column can be told to use
 * the newsroom's zone; Payload adds its own only when a collection does not declare them. Last in
 * `fields`, where Payload puts them.
 */
export const timestampFields: Field[] = [
  inNewsroomTime({ name: 'updatedAt', type: 'date', index: true, label: ({ t }) => t('general:updatedAt'), admin: { disableBulkEdit: true, hidden: true } }),
  inNewsroomTime({ name: 'createdAt', type: 'date', index: true, label: ({ t }) => t('general:createdAt'), admin: { disableBulkEdit: true, hidden: true } }),
]
