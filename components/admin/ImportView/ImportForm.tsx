'use client'

import type { ChangeEvent, ClipboardEvent } from 'react'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { ImportReport } from '@/lib/import/2-merge/model'

import { ImportPreview, PASTED_PAGE, PASTED_TEXT } from './ImportPreview'
import { errorMessageOf, type ErrorBody } from '@/lib/api/errorBody'

type Text = { name: string; content: string }

/**
 * The importer's name for pasted text in its messages ("pasted text: line 6: …"), said in the
 * admin's language by the preview; pasted from a web page, the `.html` name tells the importer to
 * read it as HTML.
 */
const PASTED = PASTED_TEXT

/** The report, or the HTTP status and the server’s reason (if it gave one) for a refusal. */
const postImport = async (texts: Text[], dryRun: boolean): Promise<{ report: ImportReport } | { status: number; reason: string | null }> => {
  const response = await fetch('/api/import', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ texts, dryRun }),
  })
  const body = (await response.json()) as ImportReport | ErrorBody
  if (!response.ok || !('documents' in body)) return { status: response.status, reason: errorMessageOf(body) ?? null }
  return { report: body }
}

/**
 * Two steps on purpose: a preview that writes nothing, so the editor sees how the text was read
 * (questions, outlets, warnings) before any draft exists; then the import of exactly those texts.
 */
export function ImportForm() {
  const [pasted, setPasted] = useState('')
  // The clipboard's HTML when the text was copied from a web page, until the editor edits the text.
  const [pastedHtml, setPastedHtml] = useState<string | null>(null)
  const [files, setFiles] = useState<Text[]>([])
  const [preview, setPreview] = useState<ImportReport | null>(null)
  const [result, setResult] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { t } = useTranslation<AdminTranslations, AdminKey>()

  const pastedText: Text[] = pastedHtml ? [{ name: PASTED_PAGE, content: pastedHtml }] : pasted.trim() ? [{ name: PASTED, content: pasted }] : []
  const texts: Text[] = [...pastedText, ...files]

  /**
   * A copy from a browser carries the page as HTML too: the importer's HTML path drops the page's
   * navigation, share buttons and captions with a real parser, which the plain text cannot show.
   */
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html')
    if (!html.trim()) return
    event.preventDefault()
    setPasted(event.clipboardData.getData('text/plain') || html.replace(/<[^>]+>/g, ' '))
    setPastedHtml(html)
    reset()
  }

  const reset = () => {
    setPreview(null)
    setResult(null)
    setError(null)
  }

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])]
    setFiles(await Promise.all(chosen.map(async (file) => ({ name: file.name, content: await file.text() }))))
    reset()
  }

  const run = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    try {
      const answer = await postImport(texts, dryRun)
      if (!('report' in answer)) setError(answer.reason ?? t('warta:import:failed', { status: answer.status }))
      else if (dryRun) setPreview(answer.report)
      else setResult(answer.report)
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause))
    } finally {
      setBusy(false)
    }
  }

  const canConfirm =
    preview !== null &&
    result === null &&
    preview.documents.some(({ outcome }) => outcome.action === 'create' || outcome.action === 'update')

  return (
    <div className="warta-import">
      <p>{t('warta:import:intro')}</p>
      <label htmlFor="warta-import-text" style={{ display: 'block', fontWeight: 600 }}>
        {t('warta:import:text')}
      </label>
      <textarea
        id="warta-import-text"
        value={pasted}
        onPaste={onPaste}
        onChange={(event) => {
          setPasted(event.target.value)
          setPastedHtml(null)
          reset()
        }}
        rows={14}
        style={{ width: '100%', fontFamily: 'inherit', fontSize: '1rem', padding: '.5rem' }}
      />
      {pastedHtml ? (
        <p className="warta-import-html" role="status">
          {t('warta:import:pastedHtml')}
        </p>
      ) : null}
      <label htmlFor="warta-import-files" style={{ display: 'block', fontWeight: 600, marginTop: '1rem' }}>
        {t('warta:import:files')}
      </label>
      <input id="warta-import-files" type="file" accept=".txt,.html,.htm,text/plain,text/html" multiple onChange={onFiles} />
      <div style={{ display: 'flex', gap: '1rem', marginTop: '1rem' }}>
        <Button buttonStyle="secondary" disabled={busy || texts.length === 0} onClick={() => void run(true)}>
          {t('warta:import:preview')}
        </Button>
        <Button disabled={busy || !canConfirm} onClick={() => void run(false)}>
          {t('warta:import:confirm')}
        </Button>
      </div>
      {busy ? <p role="status">{t('warta:import:working')}</p> : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {result ? <ImportPreview report={result} /> : preview ? <ImportPreview report={preview} /> : null}
    </div>
  )
}
