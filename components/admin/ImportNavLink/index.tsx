import type { ServerProps } from 'payload'

import Link from 'next/link'

import { canImport } from '@/access/roles'
import { adminT } from '@/lib/i18n/adminStrings'

/** The admin navigation's way to the Import view: only for those the import endpoint accepts. */
export function ImportNavLink({ i18n, user }: ServerProps) {
  if (!canImport(user as Parameters<typeof canImport>[0])) return null
  return (
    <Link href="/admin/import" className="nav__link warta-nav-import" style={{ display: 'block', marginTop: '.25rem' }}>
      {adminT(i18n)('warta:nav:import')}
    </Link>
  )
}
