import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, startProcess, waitForHttp, type Started } from './processes'

/**
 * The ceiling: the same pages' responses, saved once — the HTML and the headers Warta's copy is
 * sent with (security headers, cache tags, ETag…: 1.4 KB a response, a fifth of a gzipped page) —
 * served by nginx (Debian's package) from a generated minimal config, as a foreground child on a
 * loopback port. No system service is touched.
 */

export type SavedPage = { path: string; file: string; contentType: string; headers: [string, string][] }

/** Headers nginx makes itself (length, encoding, date, connection) or that describe another transfer. */
const OWN_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive'])

/** An nginx double-quoted string; `$` would start a variable and is refused. */
const nginxString = (value: string) => {
  if (value.includes('$')) throw new Error(`A saved header value holds a "$", which nginx would read as a variable: ${value}`)
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

const findNginx = (): string | null => {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) if (fs.existsSync(candidate)) return candidate
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null
}

/** Installs Debian's nginx when it is missing; the package's own service start is not needed. */
export const ensureNginx = (): string => {
  const found = findNginx()
  if (found) return found
  console.log('nginx is not installed: apt-get install -y nginx')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo']
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', 'nginx'],
  ]) {
    const [command, ...rest] = [...asRoot, ...args]
    const result = spawnSync(command!, rest, { env, stdio: 'inherit' })
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${result.status}); install nginx and run again.`)
  }
  const installed = findNginx()
  if (!installed) throw new Error('nginx was installed but is not on the PATH.')
  return installed
}

export type RunningNginx = { url: string; stop: () => Promise<void>; started: Started }

export const startNginx = async ({ nginx, root, pages }: { nginx: string; root: string; pages: SavedPage[] }): Promise<RunningNginx> => {
  const port = await freePort()
  const prefix = path.join(root, 'nginx')
  fs.mkdirSync(path.join(prefix, 'temp'), { recursive: true })
  // Exact locations: each saved response at its own path (`/saved/<n>`).
  const locations = pages
    .map((page) =>
      [
        `    location = ${page.path} {`,
        `      default_type ${page.contentType};`,
        ...page.headers.filter(([name]) => !OWN_HEADERS.has(name)).map(([name, value]) => `      add_header ${name} ${nginxString(value)} always;`),
        `      try_files /${page.file} =404;`,
        '    }',
      ].join('\n'),
    )
    .join('\n')
  const config = `worker_processes auto;
daemon off;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  # The saved pages have a .gz beside them: served as is to clients that take gzip, no CPU spent.
  gzip_static on;
  # Vary and ETag come with the saved headers.
  etag off;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path ${path.join(prefix, 'temp')};
  proxy_temp_path ${path.join(prefix, 'temp')};
  fastcgi_temp_path ${path.join(prefix, 'temp')};
  uwsgi_temp_path ${path.join(prefix, 'temp')};
  scgi_temp_path ${path.join(prefix, 'temp')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
${locations}
  }
}
`
  const configFile = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(configFile, config)
  // QUIT is nginx's graceful stop for the master and its workers.
  const started = startProcess('nginx', nginx, ['-p', prefix, '-c', configFile], { stopSignal: 'SIGQUIT' })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}${pages[0]!.path}`, started, 'nginx', 20)
  return { url, stop: started.stop, started }
}
