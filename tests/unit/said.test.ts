import type { PayloadRequest } from 'payload'

import { adminI18n } from '@/lib/i18n/adminLanguages'
import { codeOf, requestLanguage, say, type Said } from '@/lib/i18n/said'
import { decideTransition } from '@/lib/workflow/machine'

/**
 * Server refusals are said in the asker's language: the workflow table and the save hooks return
 * a key and parameters, rendered for the admin's language cookie or Accept-Language, English when
 * the client names no language.
 */
const sourceNotLive: Said = { key: 'warta:refusals:sourceNotLive', params: { language: 'zh', source: 'id' } }

test('a refusal names languages, states and steps in the reader’s language', () => {
  expect(say('en', sourceNotLive)).toBe('Publish the source language (Indonesian) before its translation (Chinese).')
  expect(say('zh', sourceNotLive)).toBe('请先发布原文语言（印尼文），再发布其译文（中文）。')
  expect(say('id', sourceNotLive)).toBe('Terbitkan bahasa sumber (bahasa Indonesia) sebelum terjemahannya (bahasa Tionghoa).')
  const wrongState: Said = { key: 'warta:refusals:wrongState', params: { action: 'approve', language: 'zh', state: 'approved', from: ['submitted'] } }
  expect(say('zh', wrongState)).toBe('中文目前无法执行此步骤（批准）：当前状态为已批准，此步骤须从待审核开始。请刷新页面查看当前状态。')
  // A language name that starts the sentence is capitalized ("bahasa Tionghoa" → "Bahasa Tionghoa").
  expect(say('id', { key: 'warta:refusals:stale', params: { language: 'zh' } })).toMatch(/^Bahasa Tionghoa perlu diperbarui/)
  // Several starting states are listed as alternatives.
  expect(say('en', { ...wrongState, params: { ...wrongState.params, from: ['draft', 'rejected'] } })).toContain('starts from draft or rejected')
  expect(codeOf(sourceNotLive)).toBe('sourceNotLive')
})

test('the workflow table’s refusals carry what the admin renders in each language', () => {
  const record = { state: 'approved' as const, publication: 'none' as const, stale: false, submittedBy: null, authors: [] }
  const decision = decideTransition({
    action: 'publish',
    locale: 'zh',
    sourceLocale: 'id',
    actor: { kind: 'user', id: 1, roles: ['reviewer'], locales: [] },
    record,
    sourceRecord: record,
    missingFields: [],
    now: new Date(),
  })
  expect(decision).toMatchObject({ ok: false, status: 409, said: sourceNotLive, message: say('en', sourceNotLive) })
})

const requestWith = (headers: Record<string, string>) =>
  ({ headers: new Headers(headers), payload: { config: { cookiePrefix: 'payload', i18n: adminI18n } } }) as unknown as PayloadRequest

test('the language asked for: the admin’s cookie first, then Accept-Language, else English', () => {
  expect(requestLanguage(requestWith({ cookie: 'payload-lng=zh', 'accept-language': 'id-ID,id;q=0.9' }))).toBe('zh')
  expect(requestLanguage(requestWith({ 'accept-language': 'id-ID,id;q=0.9,en;q=0.5' }))).toBe('id')
  // Payload itself would fall back to the newsroom's default language (Indonesian); an API client
  // naming no language reads the API's own language.
  expect(requestLanguage(requestWith({}))).toBe('en')
  expect(requestLanguage(requestWith({ 'accept-language': '*' }))).toBe('en')
  expect(requestLanguage(requestWith({ cookie: 'payload-lng=fr', 'accept-language': 'fr-FR' }))).toBe('en')
})
