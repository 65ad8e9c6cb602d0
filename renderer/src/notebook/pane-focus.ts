/** What the notebook pane is asked to bring forward (from the reader, a search hit or the menu). `nonce` makes repeats count. */
export type PaneFocus =
  | { kind: 'highlight'; id: string; docId: string; nonce: number }
  | { kind: 'memo'; id: string; nonce: number }
  | { kind: 'new-memo'; nonce: number }
