'use client'

import type { ChangeEvent } from 'react'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { ImportReport } from '@/lib/import/2-merge/model'

import { ImportPreview } from './ImportPreview'
import { errorMessageOf, type ErrorBody } from '@/lib/api/errorBody'

type Text = { name: string; content: string }

/** The importer's name for pasted text in its messages ("pasted text: line 6: …"); not shown as a label. */
const PASTED = 'pasted text'

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
  const [files, setFiles] = useState<Text[]>([])
  const [preview, setPreview] = useState<ImportReport | null>(null)
  const [result, setResult] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { t } = useTranslation<AdminTranslations, AdminKey>()

  const texts: Text[] = [...(pasted.trim() ? [{ name: PASTED, content: pasted }] : []), ...files]

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
        onChange={(event) => {
          setPasted(event.target.value)
          reset()
        }}
        rows={14}
        style={{ width: '100%', fontFamily: 'inherit', fontSize: '1rem', padding: '.5rem' }}
      />
      <label htmlFor="warta-import-files" style={{ display: 'block', fontWeight: 600, marginTop: '1rem' }}>
        {t('warta:import:files')}
      </label>
      <input id="warta-import-files" type="file" accept=".txt,text/plain" multiple onChange={onFiles} />
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
