import { startTestPayload, type TestPayload } from '@/tests/helpers/payload'

/**
 * Payload's rich-text editor ships its own strings (`lexical:*`: the empty editor's placeholder,
 * toolbar and slash-menu labels) in many languages but not Indonesian, so the Indonesian admin
 * showed "lexical:general:placeholder" in every empty rich-text field. The running config must
 * hold every one of those strings in every admin language.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload('admin-translations')
})
afterAll(async () => t?.stop())

type Tree = { [key: string]: string | Tree }

/** 'general.placeholder', 'heading.label' … for every string in a nested dictionary. */
const keyPaths = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`)))

const lexicalOf = (language: string) => (t.payload.config.i18n.translations as Record<string, { lexical?: Tree } | undefined>)[language]?.lexical ?? {}

test('every rich-text editor string Payload has in English is there in Indonesian and Chinese', () => {
  const english = keyPaths(lexicalOf('en'))
  expect(english).toContain('general.placeholder')
  for (const language of ['id', 'zh']) {
    const missing = english.filter((path) => !keyPaths(lexicalOf(language)).includes(path))
    expect({ language, missing }).toEqual({ language, missing: [] })
  }
})

test('the Indonesian admin’s empty rich-text field invites typing in Indonesian', async () => {
  const { initI18n } = await import('@payloadcms/translations')
  const i18n = await initI18n({ config: t.payload.config.i18n, context: 'client', language: 'id' })
  expect(i18n.t('lexical:general:placeholder' as never)).toBe('Mulai mengetik, atau tekan "/" untuk perintah...')
})
