import Link from 'next/link'

/** Links in the admin's navigation to the workflow's own views. */
export function WorkflowNavLinks() {
  return (
    <div className="warta-nav-links" style={{ display: 'flex', flexDirection: 'column', gap: '.25rem', marginTop: '1rem' }}>
      <Link href="/admin/todo" className="nav__link">
        To do
      </Link>
    </div>
  )
}
