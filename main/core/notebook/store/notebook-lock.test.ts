import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NotebookLockedError, NotebookStore } from './notebook-store'
import { makeTag } from './test-records'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-lock-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const lockFile = () => path.join(dir, 'notebook.lock')

/** A pid that certainly belonged to a process which has ended. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }))
}

describe('notebook lock', () => {
  it('writes pid, host and time into notebook.lock and removes it on close', async () => {
    const store = await NotebookStore.open(dir)
    const owner = JSON.parse(await readFile(lockFile(), 'utf8'))
    expect(owner).toMatchObject({ pid: process.pid, hostname: hostname() })
    expect(Date.parse(owner.createdAt)).not.toBeNaN()
    await store.close()
    expect(await readdir(dir)).not.toContain('notebook.lock')
  })

  it('refuses a second open while the first holds the lock', async () => {
    const store = await NotebookStore.open(dir)
    await expect(NotebookStore.open(dir)).rejects.toBeInstanceOf(NotebookLockedError)
    await store.close()
    await (await NotebookStore.open(dir)).close()
  })

  it('names the other process when it is alive', async () => {
    // pid 1 always runs; as a foreign owner it stands in for another Exzerpt.
    await writeFile(lockFile(), JSON.stringify({ pid: 1, hostname: hostname(), createdAt: '2024-05-01T10:00:00.000Z' }))
    const error = await NotebookStore.open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotebookLockedError)
    expect((error as Error).message).toContain('is open in another Exzerpt process (pid 1')
    expect((error as NotebookLockedError).pid).toBe(1)
    expect(await readdir(dir)).toEqual(['notebook.lock'])
  })

  it('takes over a lock whose process has ended', async () => {
    const pid = deadPid()
    await writeFile(lockFile(), JSON.stringify({ pid, hostname: hostname(), createdAt: '2024-05-01T10:00:00.000Z' }))
    const store = await NotebookStore.open(dir)
    await store.putTag(makeTag('t'))
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(process.pid)
    await store.close()
    expect((await readdir(dir)).filter((n) => n.includes('lock'))).toEqual([])
  })

  it('does not take over a lock held on another computer', async () => {
    await writeFile(lockFile(), JSON.stringify({ pid: deadPid(), hostname: 'other-host.example', createdAt: 'x' }))
    await expect(NotebookStore.open(dir)).rejects.toThrow(/on computer "other-host.example"/)
  })

  it('treats an old unreadable lock as stale but a fresh one as held', async () => {
    await writeFile(lockFile(), '')
    await expect(NotebookStore.open(dir)).rejects.toBeInstanceOf(NotebookLockedError)
    const { utimes } = await import('node:fs/promises')
    const old = new Date(Date.now() - 60_000)
    await utimes(lockFile(), old, old)
    await (await NotebookStore.open(dir)).close()
  })

  it('opens without a lock when asked to', async () => {
    const first = await NotebookStore.open(dir)
    const second = await NotebookStore.open(dir, { lock: false })
    await second.close()
    expect(await readdir(dir)).toContain('notebook.lock')
    await first.close()
  })
})
