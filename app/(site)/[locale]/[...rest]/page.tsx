import { notFound } from 'next/navigation'

/** Any other address under a language is that language's 404, not Next.js's default page. */
export default function UnknownPage() {
  notFound()
}
