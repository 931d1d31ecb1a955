import type { ServerProps } from 'payload'

import Link from 'next/link'

import { adminT } from '@/lib/i18n/adminStrings'

/** Links in the admin's navigation to the workflow's own views. */
export function WorkflowNavLinks({ i18n }: ServerProps) {
  const t = adminT(i18n)
  return (
    <div className="warta-nav-links" style={{ display: 'flex', flexDirection: 'column', gap: '.25rem', marginTop: '1rem' }}>
      <Link href="/admin/todo" className="nav__link">
        {t('warta:nav:todo')}
      </Link>
    </div>
  )
}
