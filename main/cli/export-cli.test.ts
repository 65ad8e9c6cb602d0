import { access, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempCorpus } from '../core/testing/temp-corpus'
import { runCli } from './run-cli'

let base: string
let corpusDir: string
let otherCorpus: string

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } })
  return { code, stdout, stderr }
}

const exists = (file: string) => access(file).then(() => true, () => false)

beforeAll(async () => {
  ;({ base, corpusDir } = await tempCorpus('exzerpt-cli-export-'))
  ;({ corpusDir: otherCorpus } = await tempCorpus('exzerpt-cli-import-'))
  const add = (doc: string, quote: string, ...rest: string[]) => run('highlight', 'add', '--corpus', corpusDir, '--doc', doc, '--quote', quote, ...rest)
  expect((await add('001_9c5a38ccf7a2ab37.txt', 'strategische Partnerschaft', '--tag', 'Akteure/Russland', '--tag', 'Naher Osten', '--note', 'Siehe *auch* 000', '--color', 'green')).code).toBe(0)
  expect((await add('003_73e5e5628885fd09.txt', '12. Juni 2024', '--tag', 'Chronik')).code).toBe(0)
})

describe('exzerpt export', () => {
  it('writes Markdown that cites its sources to stdout', async () => {
    const { code, stdout, stderr } = await run('export', '--corpus', corpusDir)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^---\ntitle: "Exzerpt: corpus"\n/)
    expect(stdout).toContain('> strategische Partnerschaft\n')
    expect(stdout).toContain('> 12\\. Juni 2024\n')
    expect(stdout).toMatch(/\[open in Exzerpt\]\(exzerpt:\/\/open\?doc=001_9c5a38ccf7a2ab37\.txt&start=46&end=72&h=[^)]+\) · #Akteure\/Russland #Naher-Osten/)
    expect(stdout).toContain('\n## Codebook\n')
  })

  it('filters by tag and document, groups by tag, and writes CSV', async () => {
    const byTag = await run('export', '--corpus', corpusDir, '--tag', 'akteure/russland', '--group-by', 'tag')
    expect(byTag.code).toBe(0)
    expect(byTag.stdout).toContain('scope: filter\n')
    expect(byTag.stdout).toContain('## Akteure/Russland')
    expect(byTag.stdout).not.toContain('12\\. Juni')
    const oneDoc = await run('export', '--corpus', corpusDir, '--doc', '003_73e5e5628885fd09.txt', '--no-notes')
    expect(oneDoc.stdout).toContain('scope: document\ndocument: 003_73e5e5628885fd09.txt\n')
    expect(oneDoc.stdout).not.toContain('strategische')
    const csv = await run('export', '--corpus', corpusDir, '--format', 'csv')
    expect(csv.stdout.startsWith('\uFEFFdocument,title,quote,start,end,tags,note,status,color,id,created\r\n')).toBe(true)
    expect(csv.stdout.split('\r\n')).toHaveLength(4)
  })

  it('writes a file or a folder of notes, which `import` reads into another notebook', async () => {
    const file = path.join(base, 'export.md')
    const written = await run('export', '--corpus', corpusDir, '-o', file)
    expect(written.code).toBe(0)
    expect(written.stdout).toBe(`Exported 2 highlight(s) from 2 document(s), 0 memo(s), 3 tag(s) to ${file}\n`)

    const imported = await run('import', file, '--corpus', otherCorpus, '--json')
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.stdout)).toEqual({
      created: 2,
      updated: 0,
      skipped: 0,
      orphaned: 0,
      // The codebook's three tags, and the level above Akteure/Russland.
      tags: { created: 4, updated: 0, skipped: 0 },
      memos: { created: 0, updated: 0, skipped: 0 },
      warnings: [],
    })
    const again = await run('import', file, '--corpus', otherCorpus)
    expect(again.stdout).toBe(`Imported ${file}: 0 created, 0 updated, 2 skipped, 0 orphaned\n  tags: 0 created, 0 updated, 3 skipped\n  memos: 0 created, 0 updated, 0 skipped\n`)
    const reexported = (await run('export', '--corpus', otherCorpus)).stdout
    expect(reexported.replace(/^exported: .*$/m, '')).toBe((await readFile(file, 'utf8')).replace(/^exported: .*$/m, ''))

    const dir = path.join(base, 'vault')
    const vault = await run('export', '--corpus', corpusDir, '--dir', dir)
    expect(vault.code).toBe(0)
    expect((await readdir(dir)).sort()).toEqual([
      'Berichten zufolge plant der nordkoreanische Machthaber Kim, seinen „Mitstreiter“ Putin in Pjöngjang.md',
      'Exzerpt – corpus.md',
      'Pjöngjang Russland und Nordkorea vereinbaren strategische Partnerschaft.md',
    ])
    // Its own notes are replaced by a later export; a note of the user's with the same name stops it.
    expect((await run('export', '--corpus', corpusDir, '--dir', dir)).code).toBe(0)
    const own = path.join(dir, 'Exzerpt – corpus.md')
    await writeFile(own, '# Meine eigene Notiz\n')
    const refused = await run('export', '--corpus', corpusDir, '--dir', dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/already has notes Exzerpt did not write .*"Exzerpt – corpus\.md".*Nothing was written/)
    expect(await readFile(own, 'utf8')).toBe('# Meine eigene Notiz\n')
    const inside = await run('export', '--corpus', corpusDir, '--dir', path.join(corpusDir, 'notes'))
    expect(inside.stderr).toMatch(/inside the corpus folder/)
    expect(await exists(path.join(corpusDir, 'notes'))).toBe(false)
  })

  it('fails with one line and a non-zero exit, writing nothing', async () => {
    const target = path.join(base, 'never.md')
    const cases: Array<[string[], number, RegExp]> = [
      [['export', '--corpus', corpusDir, '--tag', 'Gibtsnicht', '-o', target], 1, /^exzerpt: no tag named "Gibtsnicht"/],
      [['export', '--corpus', corpusDir, '--doc', 'nope.txt', '-o', target], 1, /^exzerpt: no document "nope.txt"/],
      [['export', '--corpus', corpusDir, '--group-by', 'colour', '-o', target], 2, /--group-by must be doc or tag/],
      [['export', '--corpus', corpusDir, '--format', 'pdf', '-o', target], 2, /--format must be md or csv/],
      [['export', '--corpus', corpusDir, '-o', target, '--dir', base], 2, /either -o FILE or --dir DIR/],
      [['export', '--corpus', corpusDir, '--format', 'csv', '--dir', base], 2, /--dir writes Markdown/],
      [['export', '--corpus', corpusDir, '-o', path.join(base, 'no', 'such', 'dir', 'x.md')], 1, /^exzerpt: .*ENOENT/],
      [['import', path.join(base, 'missing.md'), '--corpus', otherCorpus], 1, /^exzerpt: cannot read .*missing\.md: no such file/],
      [['import', '--corpus', otherCorpus], 2, /import: exactly one FILE is required/],
    ]
    for (const [argv, code, message] of cases) {
      const result = await run(...argv)
      expect(result.code, argv.join(' ')).toBe(code)
      expect(result.stderr, argv.join(' ')).toMatch(message)
      expect(result.stderr.split('\n')).toHaveLength(2)
      expect(result.stdout).toBe('')
    }
    expect(await exists(target)).toBe(false)

    const notExport = path.join(base, 'plain.md')
    await writeFile(notExport, '# Just notes\n\n> a quote\n')
    const before = await run('highlight', 'list', '--corpus', otherCorpus, '--json')
    const refused = await run('import', notExport, '--corpus', otherCorpus)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe('exzerpt: This is not an Exzerpt export: it has no front matter.\n')
    expect((await run('highlight', 'list', '--corpus', otherCorpus, '--json')).stdout).toBe(before.stdout)
  })
})
