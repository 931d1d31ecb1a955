import { wordDiff } from '@/lib/text/wordDiff'

/**
 * What changed in the source, as a translator reads it: the text as it is now, with the removed
 * words struck and the added ones underlined (Chinese by character). Used in the workflow panel and
 * under the stale field itself; no hooks, so server and client components both render it.
 */
export function DiffText({ before, after, empty, lang }: { before: string; after: string; empty: string; lang?: string }) {
  const segments = wordDiff(before, after)
  if (segments.length === 0) return <em>{empty}</em>
  return (
    <span className="warta-diff" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
      {segments.map((segment, index) =>
        segment.kind === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === 'removed' ? (
          <del key={index} style={{ color: 'var(--theme-error-600, #b42318)' }}>
            {segment.text}
          </del>
        ) : (
          <ins key={index} style={{ color: 'var(--theme-success-700, #067647)', textDecorationThickness: '2px' }}>
            {segment.text}
          </ins>
        ),
      )}
    </span>
  )
}
