import type { ServerProps } from 'payload'

import Link from 'next/link'

import { adminT } from '@/lib/i18n/adminStrings'

/** The admin navigation's way to the Import view. */
export function ImportNavLink({ i18n }: ServerProps) {
  return (
    <Link href="/admin/import" className="nav__link" style={{ display: 'block', marginTop: '.25rem' }}>
      {adminT(i18n)('warta:nav:import')}
    </Link>
  )
}
