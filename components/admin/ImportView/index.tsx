import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { hasRole } from '@/access/roles'

import { ImportForm } from './ImportForm'

/**
 * /admin/import: paste or upload press-office texts, check what the importer read, then create
 * drafts. The page only frames the form; parsing and writing happen in `POST /api/import`, which
 * checks the role again.
 */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const canImport = hasRole(user, 'admin', 'editor')
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
        <h1>Import text</h1>
        {canImport ? <ImportForm /> : <p>Only editors and admins import texts, because importing creates documents. Ask an editor.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
