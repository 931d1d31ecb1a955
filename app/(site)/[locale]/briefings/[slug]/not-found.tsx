import { DocumentNotInThisLanguage } from '@/components/site/DocumentLanguages'

export default function BriefingNotFound() {
  return <DocumentNotInThisLanguage />
}
