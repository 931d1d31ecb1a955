import fs from 'node:fs'
import os from 'node:os'

/** What the numbers were measured on, read from the kernel rather than assumed. */
export type Machine = {
  cpuModel: string
  cpus: number
  memoryGiB: number
  node: string
  kernel: string
  loadAverage: [number, number, number]
}

const cpuModel = (): string => {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('model name'))
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown'
  } catch {
    return os.cpus()[0]?.model ?? 'unknown'
  }
}

export const describeMachine = (): Machine => ({
  cpuModel: cpuModel(),
  cpus: os.availableParallelism(),
  memoryGiB: os.totalmem() / 1024 ** 3,
  node: process.version,
  kernel: `${os.type()} ${os.release()}`,
  loadAverage: os.loadavg() as [number, number, number],
})

/** Peak resident set (VmHWM) of a process and its descendants, in MiB; null once it is gone. */
export const peakRssMiB = (pid: number): number | null => {
  const visit = (current: number): number => {
    let total = 0
    try {
      const status = fs.readFileSync(`/proc/${current}/status`, 'utf8')
      const match = /VmHWM:\s+(\d+) kB/.exec(status)
      total += match ? Number(match[1]) : 0
    } catch {
      return 0
    }
    for (const task of safeList(`/proc/${current}/task`)) {
      const children = safeRead(`/proc/${current}/task/${task}/children`).trim()
      for (const child of children ? children.split(/\s+/) : []) total += visit(Number(child))
    }
    return total
  }
  const kib = visit(pid)
  return kib > 0 ? kib / 1024 : null
}

const safeList = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

const safeRead = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
