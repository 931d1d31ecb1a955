import type { Payload } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { Actor } from '@/lib/workflow/machine'
import type { WorkflowAction } from '@/lib/workflow/states'

import { paragraphsToRichText } from '@/lib/richText/paragraphs'
import { runWorkflowAction } from '@/lib/workflow/engine'
import { actorFromUser } from '@/lib/workflow/records'

import type { TestPayload } from './payload'

export const PASSWORD = 'test-password-1'

export const testRoles = {
  editor: { roles: ['editor'], locales: [] },
  'translator.zh': { roles: ['translator'], locales: ['zh'] },
  'translator.en': { roles: ['translator'], locales: ['en'] },
  reviewer: { roles: ['reviewer'], locales: [] },
  reviewer2: { roles: ['reviewer'], locales: [] },
  admin: { roles: ['admin'], locales: [] },
} as const
export type TestRole = keyof typeof testRoles

export type TestUser = { id: number; email: string; role: TestRole; actor: Actor }

/** One account per role, as the admin would create them. */
export const createUsers = async (payload: Payload): Promise<Record<TestRole, TestUser>> => {
  const users = {} as Record<TestRole, TestUser>
  for (const [role, { roles, locales }] of Object.entries(testRoles) as [TestRole, (typeof testRoles)[TestRole]][]) {
    const email = `${role}@test.example`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: role, roles: [...roles], locales: [...locales] },
    })
    users[role] = { id: user.id, email, role, actor: actorFromUser(user) }
  }
  return users
}

/**
 * Logs in over REST and returns the headers a browser on the site would send with later requests:
 * the session cookie and its own Origin (Payload ignores a cookie from an unknown origin: CSRF).
 */
export const loginHeaders = async (t: TestPayload, email: string): Promise<Record<string, string>> => {
  const response = await t.api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`)
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error(`login ${email} set no cookie`)
  return { cookie, origin: 'http://localhost:3000' }
}

export type ReleaseTexts = Partial<Record<Locale, { title: string; body: string[] }>>

/** An editor's draft release with the given locales filled in (source: id). */
export const draftRelease = async (payload: Payload, texts: ReleaseTexts, slug = `r-${Math.random().toString(36).slice(2, 10)}`) => {
  const entries = Object.entries(texts) as [Locale, { title: string; body: string[] }][]
  const [first, ...rest] = entries
  const doc = await payload.create({
    collection: 'press-releases',
    locale: first![0],
    draft: true,
    data: { slug, sourceLocale: 'id', title: first![1].title, body: paragraphsToRichText(first![1].body) },
  })
  for (const [locale, text] of rest) {
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale,
      draft: true,
      data: { title: text.title, body: paragraphsToRichText(text.body) },
    })
  }
  return doc.id
}

export const systemActor: Actor = { kind: 'system', label: 'test setup' }

/** Drives locales through actions as the system (no four-eyes conflicts), for test setup. */
export const advance = async (
  payload: Payload,
  id: number,
  steps: [WorkflowAction, Locale, { note?: string; at?: string; changeNote?: string; minorChange?: boolean }?][],
  collection: 'press-releases' | 'briefings' = 'press-releases',
) => {
  for (const [action, locale, extra] of steps) {
    await runWorkflowAction(payload, { collection, id, action, locale, actor: systemActor, ...extra })
  }
}

export const stateOf = async (payload: Payload, id: number, locale: Locale, collection = 'press-releases') => {
  const { docs } = await payload.find({
    collection: 'workflow-states',
    where: {
      and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }, { locale: { equals: locale } }],
    },
    depth: 0,
  })
  return docs[0]
}
