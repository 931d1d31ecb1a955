import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { adminT } from '@/lib/i18n/adminStrings'
import { actorFromUser } from '@/lib/workflow/records'
import { getTodoItems } from '@/lib/workflow/todo'

import { todoItemTitle } from './Dashboard'

/** /admin/todo: the signed-in person's work queue, per document and language. */
export async function TodoView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const items = user ? await getTodoItems(req.payload, req, actorFromUser(user)) : []
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
        <h1>{t('warta:todo:heading')}</h1>
        {!user ? <p>{t('warta:todo:signIn')}</p> : null}
        {user && items.length === 0 ? <p>{t('warta:todo:nothing')}</p> : null}
        {items.length > 0 ? (
          <table className="warta-todo">
            <thead>
              <tr>
                <th scope="col">{t('warta:todo:document')}</th>
                <th scope="col">{t('warta:todo:language')}</th>
                <th scope="col">{t('warta:todo:why')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.collection}-${item.id}-${item.locale}`} data-reason={item.reason} data-locale={item.locale}>
                  <td>
                    <a href={`/admin/collections/${item.collection}/${item.id}?locale=${item.locale}`}>{todoItemTitle(t, item)}</a>{' '}
                    <small>({t(`warta:documentTypes:${item.collection}`)})</small>
                  </td>
                  <td>{t(`warta:languages:${item.locale}`)}</td>
                  <td>
                    {t(`warta:todo:reasons:${item.reason}`)}
                    {item.note ? <div>{t('warta:todo:note', { note: item.note })}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
