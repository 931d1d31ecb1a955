import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { TodoItem } from '@/lib/workflow/todo'

import { adminT, type AdminT } from '@/lib/i18n/adminStrings'
import { actorFromUser } from '@/lib/workflow/records'
import { getTodoItems } from '@/lib/workflow/todo'

/** Sections in the order of the newsroom's day; each lists at most this many documents. */
const sections: readonly TodoItem['reason'][] = ['overdue', 'submitted', 'rejected', 'stale', 'missing', 'draft']
const PER_SECTION = 5

/** "Untitled (Chinese) — Press release title": never a bare id for a translation not yet titled. */
export const todoItemTitle = (t: AdminT, item: TodoItem): string =>
  item.isUntitled ? t('warta:dashboard:untitled', { language: t(`warta:languages:${item.locale}`), title: item.title }) : item.title

/**
 * Above the dashboard's collection cards: the signed-in person's work, by kind — translators their
 * languages to translate and stale translations, reviewers what awaits review, editors their drafts
 * and rejections, everyone overdue schedules — each a short list of links into the right language.
 */
export async function WorkflowDashboard({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = adminT(i18n)
  const req = await createLocalReq({ user: user as never }, payload)
  const items = await getTodoItems(payload, req, actorFromUser(user as Parameters<typeof actorFromUser>[0]))
  return (
    <section className="warta-dashboard" aria-labelledby="warta-dashboard-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="warta-dashboard-heading" style={{ marginBottom: '.25rem' }}>
        {t('warta:dashboard:heading')}
      </h2>
      {items.length === 0 ? <p>{t('warta:dashboard:nothing')}</p> : <p style={{ marginTop: 0 }}>{t('warta:dashboard:intro')}</p>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))', gap: '1rem' }}>
        {sections.map((reason) => {
          const mine = items.filter((item) => item.reason === reason)
          if (mine.length === 0) return null
          return (
            <div key={reason} className="warta-dashboard-section" data-reason={reason} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '.75rem' }}>
              <h3 style={{ margin: '0 0 .5rem', fontSize: '1rem' }}>
                {t(`warta:dashboard:sections:${reason}`)} ({mine.length})
              </h3>
              <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
                {mine.slice(0, PER_SECTION).map((item) => (
                  <li key={`${item.collection}-${item.id}-${item.locale}`} data-locale={item.locale}>
                    {/* Two lines at most: a 200-character title filled a card with a dozen (the whole title stays the link's text and tooltip). */}
                    <a
                      href={`/admin/collections/${item.collection}/${item.id}?locale=${item.locale}`}
                      title={todoItemTitle(t, item)}
                      style={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
                    >
                      {todoItemTitle(t, item)}
                    </a>{' '}
                    <small>
                      ({t(`warta:languages:${item.locale}`)}, {t(`warta:documentTypes:${item.collection}`)})
                    </small>
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </div>
      {items.length > 0 ? (
        <p style={{ marginTop: '.5rem' }}>
          <a href="/admin/todo">{t('warta:dashboard:all')}</a>
        </p>
      ) : null}
    </section>
  )
}
