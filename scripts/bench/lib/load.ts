import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * One bounded load test with wrk (C, Debian's package): a generator that is not itself the
 * ceiling — autocannon, one JavaScript thread on the same cores, topped out near 5–7k req/s for
 * nginx and Warta alike. A Lua script prints exact percentiles as JSON at the end, and can rotate
 * through several paths (search: a different query on every request).
 */
export type LoadResult = {
  requests: number
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
}

export type LoadOptions = {
  base: string
  paths: readonly string[]
  seconds: number
  connections: number
  threads?: number
  headers?: Record<string, string>
  /** A query parameter given a value no request had before on every request (a shared link's `fbclid`: a new one per click). */
  uniqueParameter?: string
}

/** The value at `fraction` of an ascending list (nearest rank). */
export const percentile = (sorted: ArrayLike<number>, fraction: number): number => {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index]!
}

const luaString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

const script = (paths: readonly string[], headers: Record<string, string>, uniqueParameter?: string) => `
local paths = { ${paths.map(luaString).join(', ')} }
local i = 0
-- A value of this run (wrk seeds nothing), then the request's number: never sent before.
math.randomseed(os.time())
local run = tostring(math.random(1000000000))
${Object.entries(headers)
  .map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`)
  .join('\n')}
request = function()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  ${uniqueParameter ? `path = path .. (string.find(path, '?', 1, true) and '&' or '?') .. ${luaString(`${uniqueParameter}=`)} .. run .. '-' .. i` : ''}
  return wrk.format(nil, path)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"duration":%d,"errors":%d,"non2xx":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`

export const runLoad = async ({ base, paths, seconds, connections, threads = 1, headers = {}, uniqueParameter }: LoadOptions): Promise<LoadResult> => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-wrk-'))
  const file = path.join(folder, 'bench.lua')
  fs.writeFileSync(file, script(paths, headers, uniqueParameter))
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '30s', '-s', file, `${base}${paths[0]}`])
      let text = ''
      child.stdout.on('data', (chunk) => (text += String(chunk)))
      child.stderr.on('data', (chunk) => (text += String(chunk)))
      child.on('error', (error) => reject(new Error(`wrk could not start (apt-get install wrk): ${error.message}`)))
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}:\n${text}`))))
    })
    const line = output.split('\n').find((entry) => entry.startsWith('WRK_JSON '))
    if (!line) throw new Error(`wrk printed no summary:\n${output}`)
    const raw = JSON.parse(line.slice('WRK_JSON '.length)) as { requests: number; duration: number; errors: number; non2xx: number; p50: number; p95: number; p99: number }
    return { requests: raw.requests, reqPerSec: raw.requests / (raw.duration / 1e6), p50: raw.p50, p95: raw.p95, p99: raw.p99, non2xx: raw.non2xx, errors: raw.errors }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
