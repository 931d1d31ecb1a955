import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { localeInfo } from '@/lib/i18n/locales'
import { newsroomType } from '@/lib/newsroom/registry'
import { actorFromUser } from '@/lib/workflow/records'
import { getTodoItems } from '@/lib/workflow/todo'

const reasonLabels = {
  missing: 'not translated yet',
  stale: 'source changed since approval',
  rejected: 'rejected: see the reviewer’s note',
  draft: 'draft to finish and submit',
  submitted: 'waiting for review',
  overdue: 'scheduled publication is overdue',
} as const

/** /admin/todo: the signed-in person's work queue, per document and language. */
export async function TodoView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const items = user ? await getTodoItems(req.payload, req, actorFromUser(user)) : []
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
        <h1>To do</h1>
        {!user ? <p>Sign in to see your work.</p> : null}
        {user && items.length === 0 ? <p>Nothing waiting for you.</p> : null}
        {items.length > 0 ? (
          <table className="warta-todo">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Language</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.collection}-${item.id}-${item.locale}`} data-reason={item.reason} data-locale={item.locale}>
                  <td>
                    <a href={`/admin/collections/${item.collection}/${item.id}?locale=${item.locale}`}>{item.title}</a>{' '}
                    <small>({newsroomType(item.collection).labels.singular})</small>
                  </td>
                  <td>{localeInfo[item.locale].nativeName}</td>
                  <td>
                    {reasonLabels[item.reason]}
                    {item.note ? <div>Note: {item.note}</div> : null}
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
