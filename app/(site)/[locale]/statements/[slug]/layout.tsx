import { documentLayout } from '@/components/site/DocumentShell'

/** Works out the honest 404 for a language this document is not published in (DocumentShell). */
export default documentLayout('statements')
