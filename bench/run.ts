import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runAnchoringBench } from './anchoring-bench'
import { runExportBench } from './export-bench'
import { runIndexBench } from './index-bench'
import { runNotebookBench } from './notebook-bench'
import { runSearchBench } from './search-bench'
import { generateCorpus, readSampleCorpus } from './synthetic-corpus'
import { runWorkerBench } from './worker-bench'

// `npm run bench [-- --docs N] [--sections index,search,worker,notebook,anchoring,export] [--quick]`: prints one JSON object.
// Each section is a function returning plain data, so later issues add sections here.

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    sections: { type: 'string', default: 'index,search,worker,notebook,anchoring,export' },
    // Notebook section at 2,000/10,000 highlights instead of 10,000/100,000.
    quick: { type: 'boolean', default: false },
    queries: { type: 'string', default: '200' },
  },
})
const docCount = Number(values.docs)
if (!Number.isInteger(docCount) || docCount < 1) {
  console.error(`--docs must be a positive whole number, not "${values.docs}"`)
  process.exit(2)
}
const sections = new Set(values.sections.split(','))

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const started = performance.now()
const samples = readSampleCorpus(path.join(root, 'corpus'))
const docs = generateCorpus(samples, { docs: docCount })
const report: Record<string, unknown> = { node: process.version, docs: docCount, generateMs: Math.round(performance.now() - started) }

// The worker section runs first: later sections keep two large indexes alive, and a major
// GC of that heap would be charged to "main thread blocked by the worker".
if (sections.has('worker')) report['worker'] = await runWorkerBench(docs)
if (sections.has('index') || sections.has('search')) {
  const { result, oursJson, plainJson } = runIndexBench(docs)
  report['index'] = result
  if (sections.has('search')) report['search'] = await runSearchBench(oursJson, plainJson, docs, Number(values.queries))
}

if (sections.has('anchoring')) report['anchoring'] = runAnchoringBench(samples)
if (sections.has('export')) report['export'] = await runExportBench(samples, { highlights: values.quick ? 2_000 : 10_000 })
// Last: it needs no corpus and its 100,000-highlight notebook would skew the others' heap.
if (sections.has('notebook')) report['notebook'] = await runNotebookBench({ quick: values.quick })

console.log(JSON.stringify(report, null, 2))
