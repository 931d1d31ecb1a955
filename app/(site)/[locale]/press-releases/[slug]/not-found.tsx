import { DocumentNotInThisLanguage } from '@/components/site/DocumentLanguages'

export default function PressReleaseNotFound() {
  return <DocumentNotInThisLanguage />
}
