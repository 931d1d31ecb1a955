import fs from 'node:fs'
import http from 'node:http'
import sharp from 'sharp'

import { GRAPHQL_LIMITS } from '@/lib/security/graphqlLimits'
import { contentSecurityPolicy } from '@/lib/security/http'
import { createSiteData, startServer, type RunningServer, type SiteData } from '@/tests/helpers/server'

/**
 * The edges around the access rules, probed as an attacker would, against the production server
 * (`npm start`, demo newsroom) behind a trusted proxy (WARTA_TRUST_PROXY=1, so each test client
 * can have an address of its own through X-Forwarded-For). docs/security.md lists what is enforced
 * where.
 */
let site: SiteData
let server: RunningServer

beforeAll(async () => {
  site = await createSiteData()
  server = await startServer(site, { env: { WARTA_TRUST_PROXY: '1' } })
}, 900_000)

afterAll(async () => {
  await server?.stop()
  if (site) fs.rmSync(site.dataDir, { recursive: true, force: true })
})

const from = (address: string) => ({ 'x-forwarded-for': address })

const login = (email: string, password: string, address: string) =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...from(address) },
    body: JSON.stringify({ email, password }),
  })

const tokenOf = async (email: string, address = '198.51.100.1') => {
  const response = await login(email, 'warta-demo', address)
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (path: string, init: RequestInit & { token?: string } = {}) => {
  const { token, headers, ...rest } = init
  return fetch(`${server.url}${path}`, {
    ...rest,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}), ...(headers as Record<string, string>) },
  })
}

const firstMessage = async (response: Response) => ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('GraphQL: a request that would hold the server is refused before it runs', () => {
  const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: PressReleases(limit: 0) { totalDocs }`).join(' ')} }`
  const graphql = (query: string, accept = 'application/json') =>
    fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) })

  test('250 aliases (11 KB): 400 naming the token limit', async () => {
    const response = await graphql(aliases(250))
    expect({ status: response.status, message: await firstMessage(response) }).toEqual({
      status: 400,
      message: `Syntax Error: Token limit of ${GRAPHQL_LIMITS.tokens} exceeded.`,
    })
  })

  test.each(['application/json', 'application/graphql-response+json'])('20 aliases: 400 naming the alias limit (Accept: %s)', async (accept) => {
    const response = await graphql(aliases(20), accept)
    expect({ status: response.status, message: await firstMessage(response) }).toEqual({
      status: 400,
      message: `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded, found 20.`,
    })
  })

  test('a query nested deeper than the limit: 400', async () => {
    const deep = `{ Briefings { docs { ${'spokesperson { '.repeat(1)}${'x { '.repeat(GRAPHQL_LIMITS.depth)}id${' }'.repeat(GRAPHQL_LIMITS.depth)} } } } }`
    const response = await graphql(deep)
    expect(response.status).toBe(400)
    expect(await firstMessage(response)).toMatch(/depth limit of 10 exceeded/)
  })

  test('introspection is off in production; an honest query still works and gets at most 100 documents', async () => {
    expect(await firstMessage(await graphql('{ __schema { types { name } } }'))).toMatch(/introspection is not allowed/)
    const honest = await graphql('{ PressReleases(limit: 0) { totalDocs limit docs { slug } } }')
    expect(honest.status).toBe(200)
    const { data } = (await honest.json()) as { data: { PressReleases: { limit: number; docs: unknown[] } } }
    expect(data.PressReleases.limit).toBe(100)
  })
})

describe('sign-in abuse', () => {
  const accounts: string[] = []

  beforeAll(async () => {
    const admin = await tokenOf('admin@example.com')
    for (let index = 1; index <= 15; index++) {
      const email = `staff${index}@example.com`
      const response = await api('/api/users', {
        method: 'POST',
        token: admin,
        body: JSON.stringify({ email, password: 'warta-demo', name: `Staff ${index}`, roles: ['editor'] }),
      })
      expect(response.status).toBe(201)
      accounts.push(email)
    }
    accounts.push('admin@example.com', 'editor@example.com', 'translator.zh@example.com', 'translator.en@example.com', 'reviewer@example.com')
  }, 120_000)

  test('one client guessing at 20 accounts is stopped with 429 and Retry-After after 10 guesses, and locks none of them', async () => {
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (const email of accounts) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const response = await login(email, 'wrong-password', '203.0.113.7')
        statuses.push(response.status)
        if (response.status === 429) retryAfter ??= response.headers.get('retry-after')
        await response.arrayBuffer()
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.slice(10)).toEqual(Array(90).fill(429))
    expect(Number(retryAfter)).toBeGreaterThan(0)
    // The two accounts the guesses reached wait out their own throttle (15 minutes, no admin
    // needed, and Payload's lock at 20 failures cannot be reached: past 5 the password is not even
    // checked); every other colleague, from their own desk, signs in at once.
    const reached = accounts.slice(0, 2)
    for (const [index, email] of accounts.entries()) {
      const response = await login(email, 'warta-demo', `198.51.100.${index + 10}`)
      expect({ email, status: response.status }).toEqual({ email, status: reached.includes(email) ? 429 : 200 })
    }
  }, 180_000)

  test('guesses at one account from many addresses are stopped after five, for that account only; the right password then clears it', async () => {
    const target = 'staff7@example.com'
    const statuses: number[] = []
    for (let attempt = 0; attempt < 8; attempt++) {
      const response = await login(target, 'wrong-password', `192.0.2.${attempt + 1}`)
      statuses.push(response.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
    const refused = await login(target, 'warta-demo', '198.51.100.200')
    expect({ status: refused.status, message: await firstMessage(refused) }).toMatchObject({ status: 429, message: expect.stringMatching(/for this account/) })
    expect((await login('staff8@example.com', 'warta-demo', '198.51.100.201')).status).toBe(200)
  })

  test('only an admin may unlock an account or run the job queue', async () => {
    const translator = await tokenOf('translator.zh@example.com', '198.51.100.50')
    const admin = await tokenOf('admin@example.com', '198.51.100.51')
    const unlock = (token: string) => api('/api/users/unlock', { method: 'POST', token, body: JSON.stringify({ email: 'editor@example.com' }) })
    expect((await unlock(translator)).status).toBe(403)
    expect((await api('/api/payload-jobs/run', { token: translator })).status).toBe(403)
    expect((await unlock(admin)).status).toBe(200)
    expect((await api('/api/payload-jobs/run', { token: admin })).status).toBe(200)
  })
})

describe('headers and cookies', () => {
  const required = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy']

  test.each(['/id', '/id/press-releases', '/admin/login', '/api/press-releases', '/api/health', '/sitemap.xml'])('%s carries the security headers and no X-Powered-By', async (path) => {
    const response = await fetch(`${server.url}${path}`)
    await response.arrayBuffer()
    const headers = Object.fromEntries(required.map((name) => [name, Boolean(response.headers.get(name))]))
    expect({ path, headers, poweredBy: response.headers.get('x-powered-by'), hsts: response.headers.get('strict-transport-security') }).toEqual({
      path,
      headers: Object.fromEntries(required.map((name) => [name, true])),
      poweredBy: null,
      hsts: null,
    })
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  test('a page from the page cache carries them too; HSTS only over HTTPS (the trusted proxy says so)', async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await fetch(`${server.url}/en`, { headers: { 'x-forwarded-proto': 'https' } })
      await response.arrayBuffer()
      if (response.headers.get('x-warta-page-cache') !== 'HIT') continue
      // Each once: the copy does not carry its own set besides the one added on the way out.
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(new URL(server.url).origin))
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/)
      return
    }
    throw new Error('/en never came from the page cache')
  })

  test('served over HTTPS, the session cookie is Secure', async () => {
    const https = await startServer(site, { env: { WARTA_TRUST_PROXY: '1', NEXT_PUBLIC_SERVER_URL: 'https://newsroom.example.go.id' } })
    try {
      const response = await fetch(`${https.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from('198.51.100.60') },
        body: JSON.stringify({ email: 'editor@example.com', password: 'warta-demo' }),
      })
      expect(response.headers.get('set-cookie')).toMatch(/payload-token=[^;]+;.*Secure/i)
    } finally {
      await https.stop()
    }
    const plain = await login('editor@example.com', 'warta-demo', '198.51.100.61')
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i)
  }, 120_000)
})

describe('uploads: the type comes from the content', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
  const upload = async (token: string, name: string, content: Buffer, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(content)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'test' }))
    return fetch(`${server.url}/api/media?locale=id`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  }

  test('a PNG with a script appended, named poly.html, is stored as poly.png and served as an image with nosniff', async () => {
    const token = await tokenOf('editor@example.com', '198.51.100.70')
    const polyglot = Buffer.concat([PNG, Buffer.from('<script>alert(document.cookie)</script>')])
    const response = await upload(token, 'poly.html', polyglot, 'text/html')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; mimeType: string; url: string } }
    expect({ filename: doc.filename, mimeType: doc.mimeType }).toEqual({ filename: 'poly.png', mimeType: 'image/png' })
    const served = await fetch(new URL(doc.url, server.url))
    expect({ type: served.headers.get('content-type'), nosniff: served.headers.get('x-content-type-options') }).toEqual({ type: 'image/png', nosniff: 'nosniff' })
  })

  test('a photograph gets its three sizes, each served as an image (the resizer, sharp, is loaded on this first upload)', async () => {
    const token = await tokenOf('editor@example.com', '198.51.100.72')
    const photo = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: { r: 30, g: 90, b: 160 } } }).jpeg().toBuffer()
    const response = await upload(token, 'harbour.jpg', photo, 'image/jpeg')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { width: number; sizes: Record<string, { width: number; height: number; url: string }> } }
    expect(doc.width).toBe(2000)
    const sizes = Object.fromEntries(Object.entries(doc.sizes).map(([name, size]) => [name, [size.width, size.height]]))
    expect(sizes).toEqual({ thumbnail: [400, 240], card: [800, 480], hero: [1600, 960] })
    for (const size of Object.values(doc.sizes)) {
      const served = await fetch(new URL(size.url, server.url))
      const bytes = Buffer.from(await served.arrayBuffer())
      expect({ status: served.status, type: served.headers.get('content-type'), width: (await sharp(bytes).metadata()).width }).toEqual({ status: 200, type: 'image/jpeg', width: size.width })
    }
  })

  test('an HTML page named photo.png is refused, naming what it is', async () => {
    const token = await tokenOf('editor@example.com', '198.51.100.71')
    const response = await upload(token, 'photo.png', Buffer.from('<html><script>alert(1)</script></html>'), 'image/png')
    expect(response.status).toBe(400)
    expect(await firstMessage(response)).toMatch(/"photo.png" is not a file type we can recognise/)
  })

  test('a PDF is stored as .pdf and downloaded, never displayed inline', async () => {
    const token = await tokenOf('editor@example.com', '198.51.100.72')
    const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[]/Count 0>>']
    let body = '%PDF-1.4\n'
    const offsets = objects.map((object, index) => {
      const offset = body.length
      body += `${index + 1} 0 obj${object}endobj\n`
      return offset
    })
    const xref = body.length
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
    body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
    const pdf = Buffer.from(body, 'latin1')
    const response = await upload(token, 'annex', pdf, 'application/octet-stream')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; url: string } }
    expect(doc.filename).toBe('annex.pdf')
    const served = await fetch(new URL(doc.url, server.url))
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
  })
})

describe('malformed requests get 400 naming the parameter, never 500', () => {
  test.each([
    ['where[title][like][0]=x', /where\[title\]\[like\] must be a single value/],
    ['where=notjson', /Malformed JSON/],
    ['where[title][near]=1,2,3', /"near" works only on map points/],
    ['where[body.root.children][like]=a', /the inside of "body" \(richText\) cannot be queried/],
    ['where[eventDate][greater_than]=tomorrow-ish', /where\[eventDate\]\[greater_than\] must be a date/],
    ['where[title][bogus]=1', /unknown operator/],
  ])('/api/press-releases?%s', async (query, message) => {
    const response = await fetch(`${server.url}/api/press-releases?${query}`)
    expect({ status: response.status, message: await firstMessage(response) }).toEqual({ status: 400, message: expect.stringMatching(message) })
  })

  test('a path that cannot be decoded: 400', async () => {
    const response = await fetch(`${server.url}/id/press-releases/%FF%FE`)
    expect(response.status).toBe(400)
  })

  test('a body nested 200,000 levels deep: refused (413 for a reader, 400 for staff), never 500', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    const anonymous = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep })
    expect(anonymous.status).toBe(413)
    const token = await tokenOf('editor@example.com', '198.51.100.80')
    const staff = await api('/api/press-releases/1?locale=id&draft=true', { method: 'PATCH', token, body: `{"title": ${deep}}` })
    expect(staff.status).toBe(400)
  })

  test('no SQL reaches an error-level log line', () => {
    const errorLines = server.output().split('\n').filter((line) => /"level":50|\bERROR\b/.test(line))
    expect(errorLines.filter((line) => /select |insert into|Failed query/i.test(line))).toEqual([])
  })
})

describe('request size', () => {
  test('a 60 MB anonymous body is refused before it is read', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(60 * 1024 * 1024) },
      })
      request.on('response', (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
        request.destroy()
      })
      request.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)))
      // Only the headers are sent: a server that waited for the body would never answer.
      request.flushHeaders()
    })
    expect(status).toBe(413)
  })

  test('a chunked body without a length is refused', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"}')), controller.close()) }),
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(411)
  })
})

describe('refusals say what was refused', () => {
  test('a translator writing another language, or a shared field, gets 403 naming it (REST and GraphQL)', async () => {
    const token = await tokenOf('translator.zh@example.com', '198.51.100.90')
    const otherLanguage = await api('/api/press-releases/1?locale=en&draft=true', { method: 'PATCH', token, body: JSON.stringify({ title: 'x' }) })
    expect({ status: otherLanguage.status, message: await firstMessage(otherLanguage) }).toEqual({ status: 403, message: 'You translate Chinese; this save writes English.' })
    const shared = await api('/api/press-releases/1?locale=zh&draft=true', { method: 'PATCH', token, body: JSON.stringify({ slug: 'moved' }) })
    expect({ status: shared.status, message: await firstMessage(shared) }).toEqual({
      status: 403,
      message: 'Translators can change only translated text; "slug" is shared by every language. Ask an editor to change it.',
    })
    const graphql = await api('/api/graphql', {
      method: 'POST',
      token,
      body: JSON.stringify({ query: 'mutation { updatePressRelease(id: 1, locale: en, draft: true, data: { title: "x" }) { id } }' }),
    })
    expect(await firstMessage(graphql)).toBe('You translate Chinese; this save writes English.')
  })
})
