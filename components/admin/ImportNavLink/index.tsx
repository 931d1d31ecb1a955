import Link from 'next/link'

/** The admin navigation's way to the Import view. */
export function ImportNavLink() {
  return (
    <Link href="/admin/import" className="nav__link" style={{ display: 'block', marginTop: '.25rem' }}>
      Import text
    </Link>
  )
}
