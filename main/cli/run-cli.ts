import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { CorpusNotFoundError } from '../core/corpus/scan-corpus'
import { NotebookInputError } from '../core/notebook/notebook'
import { Workspace } from '../core/workspace/workspace'
import { exportCommand, importCommand, type ExportRequest } from './export-commands'
import { highlightAdd, highlightDelete, highlightList, tagsList } from './notebook-commands'

export interface CliIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

const USAGE = `Usage: exzerpt <command> [options]

Commands:
  docs --corpus DIR [--json]                      list documents and skipped files
  search QUERY --corpus DIR [--limit N] [--json]  search the corpus
  highlight add --corpus DIR --doc ID --quote TEXT [--occurrence N] [--tag T]... [--color C] [--note MARKDOWN] [--json]
  highlight list --corpus DIR [--tag T]... [--doc ID] [--json]
  highlight delete ID --corpus DIR
  tags --corpus DIR [--json]                      tags with their counts
  export --corpus DIR [--tag T]... [--any-tag] [--doc ID] [--text WORDS] [--group-by doc|tag]
         [--format md|csv] [--no-notes] [--no-memos] [--no-orphans] [-o FILE | --dir DIR]
                                                  the notebook as Markdown that cites its sources (or CSV),
                                                  to stdout, a file, or one note per document into DIR
  import FILE --corpus DIR [--json]               read a Markdown export back into the notebook

Query syntax: words (all must match), "a phrase" or „eine Phrase“, -excluded`

/** Thrown for anything the user typed wrong; printed as one line, exit code 2. */
class UsageError extends Error {}

/** Where the CLI keeps data for read-only corpora (the app uses its user-data folder). */
function cliDataRoot(): string {
  const base = process.env['XDG_DATA_HOME'] || path.join(os.homedir(), '.local', 'share')
  return path.join(base, 'exzerpt')
}

/**
 * Runs one CLI command and returns the exit code: 0 on success, 1 when the
 * command failed (missing folder, malformed query), 2 for a usage error.
 * Errors are printed as a single line on stderr.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        doc: { type: 'string' },
        quote: { type: 'string' },
        occurrence: { type: 'string' },
        tag: { type: 'string', multiple: true },
        color: { type: 'string' },
        note: { type: 'string' },
        text: { type: 'string' },
        'any-tag': { type: 'boolean', default: false },
        'group-by': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        dir: { type: 'string' },
        'no-notes': { type: 'boolean', default: false },
        'no-memos': { type: 'boolean', default: false },
        'no-orphans': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    const [command, ...rest] = positionals
    if (values.help || !command) {
      io.stdout.write(`${USAGE}\n`)
      return command || values.help ? 0 : 2
    }
    if (!values.corpus) throw new UsageError(`${command}: --corpus DIR is required`)
    switch (command) {
      case 'docs':
        return await docsCommand(values.corpus, values.json, io)
      case 'search': {
        const query = rest.join(' ')
        if (!query.trim()) throw new UsageError('search: a QUERY is required')
        const limit = values.limit === undefined ? 20 : Number(values.limit)
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`search: --limit must be a positive whole number, not "${values.limit}"`)
        return await searchCommand(values.corpus, query, limit, values.json, io)
      }
      case 'highlight':
        return await highlightCommand(values.corpus, rest, values, io)
      case 'tags':
        return await tagsList(await openWorkspace(values.corpus), values.json, io.stdout)
      case 'export': {
        const request = exportRequest(values)
        return await exportCommand(await openWorkspace(values.corpus), request, io.stdout)
      }
      case 'import': {
        const [file, extra] = rest
        if (!file || extra !== undefined) throw new UsageError('import: exactly one FILE is required')
        return await importCommand(await openWorkspace(values.corpus), file, values.json, io.stdout)
      }
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`)
    }
  } catch (error) {
    if (error instanceof NotebookInputError) {
      io.stderr.write(`exzerpt: ${error.message}\n`)
      return 1
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`exzerpt: ${message.split('\n')[0]}\n`)
    return error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1
  }
}

interface ExportFlags {
  tag?: string[]
  'any-tag': boolean
  doc?: string
  text?: string
  'group-by'?: string
  format?: string
  output?: string
  dir?: string
  'no-notes': boolean
  'no-memos': boolean
  'no-orphans': boolean
}

/** Checks the export flags before anything is opened or written. */
function exportRequest(flags: ExportFlags): ExportRequest {
  const groupBy = flags['group-by'] ?? 'doc'
  if (groupBy !== 'doc' && groupBy !== 'tag') throw new UsageError(`export: --group-by must be doc or tag, not "${groupBy}"`)
  const format = flags.format ?? 'md'
  if (format !== 'md' && format !== 'csv') throw new UsageError(`export: --format must be md or csv, not "${format}"`)
  if (flags.output !== undefined && flags.dir !== undefined) throw new UsageError('export: give either -o FILE or --dir DIR, not both')
  if (flags.dir !== undefined && format === 'csv') throw new UsageError('export: --dir writes Markdown notes; use -o FILE for CSV')
  return {
    tags: flags.tag ?? [],
    anyTag: flags['any-tag'],
    doc: flags.doc,
    text: flags.text,
    groupBy,
    format,
    notes: !flags['no-notes'],
    memos: !flags['no-memos'],
    orphans: !flags['no-orphans'],
    output: flags.output,
    dir: flags.dir,
  }
}

interface HighlightFlags {
  json: boolean
  doc?: string
  quote?: string
  occurrence?: string
  tag?: string[]
  color?: string
  note?: string
}

async function highlightCommand(corpus: string, rest: string[], flags: HighlightFlags, io: CliIo): Promise<number> {
  const [sub, id] = rest
  switch (sub) {
    case 'add': {
      if (!flags.doc) throw new UsageError('highlight add: --doc ID is required')
      if (flags.quote === undefined) throw new UsageError('highlight add: --quote TEXT is required')
      const occurrence = flags.occurrence === undefined ? 1 : Number(flags.occurrence)
      if (!Number.isInteger(occurrence) || occurrence < 1) throw new UsageError(`highlight add: --occurrence must be 1 or more, not "${flags.occurrence}"`)
      const options = { doc: flags.doc, quote: flags.quote, occurrence, tags: flags.tag ?? [], color: flags.color, note: flags.note }
      return highlightAdd(await openWorkspace(corpus), options, flags.json, io.stdout)
    }
    case 'list':
      return highlightList(await openWorkspace(corpus), { tags: flags.tag ?? [], doc: flags.doc }, flags.json, io.stdout)
    case 'delete':
      if (!id) throw new UsageError('highlight delete: the highlight ID is required')
      return highlightDelete(await openWorkspace(corpus), id, io.stdout)
    default:
      throw new UsageError(`highlight: unknown subcommand "${sub ?? ''}" (add, list or delete)`)
  }
}

async function openWorkspace(corpus: string): Promise<Workspace> {
  try {
    return await Workspace.open(corpus, { fallbackDataRoot: cliDataRoot() })
  } catch (error) {
    if (error instanceof CorpusNotFoundError) throw error
    throw new Error(`could not open ${corpus}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function docsCommand(corpus: string, json: boolean, io: CliIo): Promise<number> {
  const ws = await openWorkspace(corpus)
  const documents = ws.documents.map(({ id, path: p, title, date, chars, encoding }) => ({ id, path: p, title, date, chars, encoding }))
  if (json) {
    io.stdout.write(`${JSON.stringify({ documents, skipped: ws.skipped }, null, 2)}\n`)
    return 0
  }
  for (const d of documents) io.stdout.write(`${d.id}\t${d.date ?? '—'}\t${d.chars} chars\t${d.title}\n`)
  if (ws.skipped.length) {
    io.stdout.write(`\nSkipped ${ws.skipped.length} file(s):\n`)
    for (const s of ws.skipped) io.stdout.write(`  ${s.path}: ${s.reason}\n`)
  }
  return 0
}

async function searchCommand(corpus: string, query: string, limit: number, json: boolean, io: CliIo): Promise<number> {
  const ws = await openWorkspace(corpus)
  const response = await ws.search(query, limit)
  if (response.error) throw new Error(response.error)
  if (json) {
    const results = response.results.map((r) => ({
      id: r.id,
      path: r.path,
      title: r.title,
      score: r.score,
      snippets: r.snippets.map(({ text, start, end }) => ({ text, start, end })),
    }))
    io.stdout.write(`${JSON.stringify({ query, total: response.total, results }, null, 2)}\n`)
    return 0
  }
  if (response.mode === 'any') io.stdout.write('No document contains all words; showing documents with any of them.\n')
  io.stdout.write(`${response.total} document(s) match "${query}"\n`)
  for (const r of response.results) {
    io.stdout.write(`\n${r.title}\n  ${r.path} · score ${r.score.toFixed(2)} · ${r.hits} hit(s)\n`)
    for (const s of r.snippets) io.stdout.write(`  … ${s.text.replace(/\s+/g, ' ')} … [${s.start}–${s.end}]\n`)
  }
  return 0
}
