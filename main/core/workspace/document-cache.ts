import type { LoadedDocument } from '../corpus/load-document'

/**
 * A small least-recently-used cache of decoded documents. Search snippets and
 * the reader need document texts, but keeping a whole corpus in memory would
 * defeat opening a 10,000-file folder from its saved index.
 */
export class DocumentCache {
  private readonly entries = new Map<string, LoadedDocument>()

  constructor(private readonly capacity = 64) {}

  /** Returns the cached document and marks it as recently used. */
  peek(id: string): LoadedDocument | undefined {
    const doc = this.entries.get(id)
    if (doc) {
      this.entries.delete(id)
      this.entries.set(id, doc)
    }
    return doc
  }

  put(doc: LoadedDocument): void {
    this.entries.delete(doc.id)
    this.entries.set(doc.id, doc)
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }

  delete(id: string): void {
    this.entries.delete(id)
  }
}
