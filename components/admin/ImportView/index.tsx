import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { canImport } from '@/access/roles'
import { adminT } from '@/lib/i18n/adminStrings'

import { ImportForm } from './ImportForm'

/**
 * /admin/import: paste or upload press-office texts, check what the importer read, then create
 * drafts. The page only frames the form; parsing and writing happen in `POST /api/import`, which
 * checks the role again.
 */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const mayImport = canImport(user)
  const t = adminT(req.i18n)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{t('warta:import:heading')}</h1>
        {mayImport ? <ImportForm /> : <p>{t('warta:import:notAllowed')}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
