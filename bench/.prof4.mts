import { readSampleCorpus, generateCorpus } from './synthetic-corpus'
import { GermanAnalyzer, tokenizeWords } from '../main/core/search/analyzer'
const docs = readSampleCorpus('corpus')
const a = new GermanAnalyzer()
for (const d of docs) a.learn(d.text)
const seen = new Set<string>()
const out: string[] = []
for (const d of docs) for (const w of tokenizeWords(d.text)) { if (seen.has(w)) continue; seen.add(w); const t = a.termsFor(w); if (t.length > 1 && !w.includes('-')) out.push(`${w}→${t.slice(1).join('+')}`) }
console.log(out.length, 'of', seen.size); console.log(out.join('  '))
const syn = generateCorpus(docs, { docs: 50 })
const b = new GermanAnalyzer(); for (const d of syn) b.learn(d.text)
const o2: string[] = []; const s2 = new Set<string>()
for (const d of syn) for (const w of tokenizeWords(d.text)) { if (s2.has(w)) continue; s2.add(w); const t = b.termsFor(w); if (t.length > 1 && !w.includes('-')) o2.push(`${w}→${t.slice(1).join('+')}`) }
console.log(o2.length, 'of', s2.size); console.log(o2.slice(0, 60).join('  '))
