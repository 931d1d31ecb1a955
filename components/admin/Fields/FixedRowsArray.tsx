'use client'

import type { ArrayFieldClientComponent } from 'payload'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'

import { ArrayField, useAuth, useField, useTranslation } from '@payloadcms/ui'

import { translatesOnly } from '@/access/roles'

/**
 * Shared rows with translated text inside (the Q&A): everyone edits the text, only editors change
 * the rows. For a translator the add, remove, duplicate, paste and move controls are gone (the
 * rows are shared by every language, so the server would refuse the save), and the field's description says why.
 * Payload's own limit hides "add" once the rows reach `maxRows`; the row menu is hidden by class.
 */
export const FixedRowsArray: ArrayFieldClientComponent = (props) => {
  const { user } = useAuth()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const { rows } = useField({ path: props.path, hasRows: true })
  if (!translatesOnly(user as Parameters<typeof translatesOnly>[0])) return <ArrayField {...props} />
  const count = rows?.length ?? 0
  return (
    <div className="warta-fixed-rows">
      <ArrayField
        {...props}
        field={{
          ...props.field,
          maxRows: Math.max(count, 1),
          admin: { ...props.field.admin, isSortable: false, description: t('warta:descriptions:fixedRows') } as typeof props.field.admin,
        }}
      />
      <style>{'.warta-fixed-rows .array-actions, .warta-fixed-rows .array-field__add-row { display: none; }'}</style>
    </div>
  )
}
