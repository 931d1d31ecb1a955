import fs from 'node:fs'
import path from 'node:path'

/**
 * The varnishd command line the repository runs Varnish with (the benchmark, the e2e test), in the
 * foreground and without a jail (as the current user, in a folder of its own): the shipped VCL's
 * copy and the shipped run-time parameters (deploy/varnish/varnishd.params), so what is measured
 * and tested is what an operator deploys.
 */
export const varnishdArguments = ({ workFolder, listen, vcl, storage }: { workFolder: string; listen: string; vcl: string; storage: string }): string[] => [
  '-F',
  '-j',
  'none',
  '-n',
  workFolder,
  '-a',
  listen,
  '-f',
  vcl,
  '-s',
  storage,
  ...varnishdParameters().flatMap((parameter) => ['-p', parameter]),
]

/** deploy/varnish/varnishd.params: `name=value` lines; `#` comments and blank lines skipped. */
export const varnishdParameters = (file = path.resolve('deploy/varnish/varnishd.params')): string[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      if (!/^[a-z_]+=\S+$/.test(line)) throw new Error(`${file}: "${line}" is not a name=value parameter.`)
      return line
    })
