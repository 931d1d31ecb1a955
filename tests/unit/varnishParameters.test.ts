import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { varnishdArguments, varnishdParameters } from '@/lib/cli/varnish'

test('the shipped parameters reach varnishd as -p flags, comments and blank lines left out', () => {
  const parameters = varnishdParameters()
  expect(parameters).toContain('thread_pools=1')
  expect(parameters.find((parameter) => parameter.startsWith('vsl_mask='))).toMatch(/-RespHeader/)
  const args = varnishdArguments({ workFolder: '/tmp/w', listen: '127.0.0.1:1', vcl: '/tmp/w.vcl', storage: 'malloc,8m' })
  expect(args.slice(0, 11)).toEqual(['-F', '-j', 'none', '-n', '/tmp/w', '-a', '127.0.0.1:1', '-f', '/tmp/w.vcl', '-s', 'malloc,8m'])
  expect(args.slice(11)).toEqual(parameters.flatMap((parameter) => ['-p', parameter]))
})

test('a line that is not name=value is refused, naming the file and the line', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warta-varnish-params-')), 'varnishd.params')
  fs.writeFileSync(file, '# comment\nthread_pools=1\n\nthread pools 2\n')
  expect(() => varnishdParameters(file)).toThrow(`${file}: "thread pools 2" is not a name=value parameter.`)
})
