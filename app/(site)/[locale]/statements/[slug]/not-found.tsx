import { DocumentNotInThisLanguage } from '@/components/site/DocumentLanguages'

export default function StatementNotFound() {
  return <DocumentNotInThisLanguage />
}
