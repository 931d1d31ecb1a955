import { LocalizedNotFound } from '@/components/site/SiteStrings'

export default function NotFound() {
  return <LocalizedNotFound />
}
