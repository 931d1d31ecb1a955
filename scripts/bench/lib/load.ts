import autocannon from 'autocannon'

/**
 * One bounded load test with autocannon (loopback, fixed connections and duration). Latency
 * percentiles are computed from every response time autocannon reports, so any percentile (p95
 * too, which autocannon's summary does not have) is exact rather than read off its fixed list.
 */

export type LoadResult = {
  requests: number
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
  timeouts: number
}

export type LoadOptions = { url: string; seconds: number; connections: number }

/** The value at `fraction` of an ascending list (nearest rank). */
export const percentile = (sorted: ArrayLike<number>, fraction: number): number => {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index]!
}

export const runLoad = ({ url, seconds, connections }: LoadOptions): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const times: number[] = []
    const instance = autocannon({ url, duration: seconds, connections, pipelining: 1, timeout: 30 }, (error, result) => {
      if (error) {
        reject(error)
        return
      }
      const sorted = Float64Array.from(times).sort()
      resolve({
        requests: result.requests.total,
        reqPerSec: result.requests.total / (result.duration || seconds),
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      })
    })
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime)
    })
  })
