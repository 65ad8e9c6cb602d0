import { execFile } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempCorpus } from '../core/testing/temp-corpus'
import { runCli } from './run-cli'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let corpusDir: string

beforeAll(async () => {
  ;({ corpusDir } = await tempCorpus('exzerpt-cli-'))
  await writeFile(path.join(corpusDir, 'notes.pdf'), '%PDF')
})

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } })
  return { code, stdout, stderr }
}

describe('exzerpt CLI', () => {
  it('docs --json lists documents and skipped files in the documented shape', async () => {
    const { code, stdout } = await run('docs', '--corpus', corpusDir, '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as { documents: Record<string, unknown>[]; skipped: unknown[] }
    expect(out.documents).toHaveLength(5)
    expect(Object.keys(out.documents[0]!).sort()).toEqual(['chars', 'date', 'encoding', 'id', 'path', 'title'])
    expect(out.documents.find((d) => d.id === '003_73e5e5628885fd09.txt')?.date).toBe('2024-06-12')
    expect(out.skipped).toEqual([{ path: 'notes.pdf', reason: 'unsupported file type (.pdf)' }])
  })

  it('search --json returns ranked results with snippets pointing into the text', async () => {
    const { code, stdout } = await run('search', 'Munition', '--corpus', corpusDir, '--limit', '2', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout) as { query: string; total: number; results: Array<{ id: string; snippets: Array<{ text: string; start: number; end: number }> }> }
    expect(out.query).toBe('Munition')
    expect(out.total).toBe(4)
    expect(out.results).toHaveLength(2)
    expect(Object.keys(out.results[0]!).sort()).toEqual(['id', 'path', 'score', 'snippets', 'title'])
    expect(Object.keys(out.results[0]!.snippets[0]!).sort()).toEqual(['end', 'start', 'text'])
  })

  it('prints readable text without --json', async () => {
    const { code, stdout } = await run('search', '"strategische Partnerschaft"', '--corpus', corpusDir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/1 document\(s\) match/)
    expect(stdout).toContain('Pjöngjang: Russland und Nordkorea vereinbaren strategische Partnerschaft')
  })

  it('fails with one line and a non-zero exit for a missing folder, a malformed query and bad usage', async () => {
    const missing = await run('docs', '--corpus', path.join(corpusDir, 'nope'), '--json')
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toMatch(/^exzerpt: Corpus folder not found[^\n]*\n$/)
    const malformed = await run('search', '"Kim Jong', '--corpus', corpusDir, '--json')
    expect(malformed.code).toBe(1)
    expect(malformed.stderr).toMatch(/^exzerpt: Close the quote[^\n]*\n$/)
    expect((await run('search', '--corpus', corpusDir)).code).toBe(2)
    expect((await run('frobnicate', '--corpus', corpusDir)).code).toBe(2)
    expect((await run('docs')).stderr).toMatch(/--corpus DIR is required/)
    expect((await run('search', 'x', '--corpus', corpusDir, '--limit', 'many')).stderr).toMatch(/--limit/)
  })

  it('writes nothing into the corpus but its .exzerpt/ index', async () => {
    const entries = (await readdir(corpusDir)).filter((e) => !e.endsWith('.txt'))
    expect(entries.sort()).toEqual(['.exzerpt', 'notes.pdf'])
  })

  it('runs as `npm run -s cli` does (tsx entry point)', async () => {
    const { stdout } = await promisify(execFile)(path.join(repo, 'node_modules/.bin/tsx'), [path.join(repo, 'main/cli.ts'), 'docs', '--corpus', corpusDir, '--json'], { cwd: repo })
    expect((JSON.parse(stdout) as { documents: unknown[] }).documents).toHaveLength(5)
  }, 30_000)
})

describe('exzerpt CLI: highlights', () => {
  it('adds, lists (re-anchored, by tag and doc), and deletes highlights; lists tags', async () => {
    const added = await run('highlight', 'add', '--corpus', corpusDir, '--doc', '001_9c5a38ccf7a2ab37.txt', '--quote', 'strategische Partnerschaft', '--tag', 'Akteure/Russland', '--tag', 'Vertrag', '--note', 'Siehe *auch* 000', '--json')
    expect(added.code).toBe(0)
    const h = JSON.parse(added.stdout) as { id: string; start: number; end: number; tags: string[]; note: string }
    expect(h.tags).toEqual(['Akteure/Russland', 'Vertrag'])
    expect(h.note).toBe('Siehe *auch* 000')

    const listed = JSON.parse((await run('highlight', 'list', '--corpus', corpusDir, '--tag', 'Akteure', '--json')).stdout) as { highlights: Array<Record<string, unknown>> }
    expect(listed.highlights).toHaveLength(1)
    expect(Object.keys(listed.highlights[0]!).sort()).toEqual(['docId', 'end', 'id', 'note', 'quote', 'start', 'status', 'tags'])
    expect(listed.highlights[0]).toMatchObject({ id: h.id, quote: 'strategische Partnerschaft', status: 'exact' })
    expect(JSON.parse((await run('highlight', 'list', '--corpus', corpusDir, '--doc', 'other.txt', '--json')).stdout)).toEqual({ highlights: [] })

    const tags = JSON.parse((await run('tags', '--corpus', corpusDir, '--json')).stdout) as { tags: unknown[] }
    expect(tags.tags).toEqual([{ name: 'Akteure', color: null, count: 0 }, { name: 'Akteure/Russland', color: null, count: 1 }, { name: 'Vertrag', color: null, count: 1 }])

    const missing = await run('highlight', 'add', '--corpus', corpusDir, '--doc', '001_9c5a38ccf7a2ab37.txt', '--quote', 'Quokka', '--json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/does not occur/)

    expect((await run('highlight', 'delete', h.id, '--corpus', corpusDir)).code).toBe(0)
    expect(JSON.parse((await run('highlight', 'list', '--corpus', corpusDir, '--json')).stdout)).toEqual({ highlights: [] })
  })

  it('refuses a corrupt notebook without writing anything', async () => {
    const file = path.join(corpusDir, '.exzerpt', 'notebook.json')
    await writeFile(file, '{"schemaVersion": 1, "highlights": [ oops')
    const before = await readFile(file)
    const result = await run('highlight', 'list', '--corpus', corpusDir, '--json')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/could not be read/)
    expect(result.stdout).toBe('')
    expect(await readFile(file)).toEqual(before)
    await rm(file)
  })
})
