'use client'

import type { ChangeEvent } from 'react'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { ImportReport } from '@/lib/import/2-merge/model'

import { ImportPreview } from './ImportPreview'
import { errorMessageOf, type ErrorBody } from '@/lib/api/errorBody'

type Text = { name: string; content: string }

const PASTED = 'pasted text'

const postImport = async (texts: Text[], dryRun: boolean): Promise<ImportReport> => {
  const response = await fetch('/api/import', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ texts, dryRun }),
  })
  const body = (await response.json()) as ImportReport | ErrorBody
  if (!response.ok || !('documents' in body)) {
    throw new Error(errorMessageOf(body) ?? `The import failed (HTTP ${response.status}).`)
  }
  return body
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
      const report = await postImport(texts, dryRun)
      if (dryRun) setPreview(report)
      else setResult(report)
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
      <p>
        Paste a press release or a briefing transcript (Indonesian, Chinese, English or bilingual), or choose .txt files. Translations of
        one document are merged into its languages. Everything is saved as a draft.
      </p>
      <label htmlFor="warta-import-text" style={{ display: 'block', fontWeight: 600 }}>
        Text
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
        Files (.txt)
      </label>
      <input id="warta-import-files" type="file" accept=".txt,text/plain" multiple onChange={onFiles} />
      <div style={{ display: 'flex', gap: '1rem', marginTop: '1rem' }}>
        <Button buttonStyle="secondary" disabled={busy || texts.length === 0} onClick={() => void run(true)}>
          Preview
        </Button>
        <Button disabled={busy || !canConfirm} onClick={() => void run(false)}>
          Import as drafts
        </Button>
      </div>
      {busy ? <p role="status">Working…</p> : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {result ? <ImportPreview report={result} /> : preview ? <ImportPreview report={preview} /> : null}
    </div>
  )
}
