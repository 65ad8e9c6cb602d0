import type { NotebookInfo } from '../../../preload/contract'

/** Where the notebook lives, quietly (the full path is in the tooltip). */
export function NotebookFooter({ info }: { info: NotebookInfo }) {
  return (
    <footer className="nb-footer" data-testid="notebook-location" title={info.file}>
      <svg viewBox="0 0 16 16" aria-hidden="true" className="nb-footer__icon">
        <path d="M2.5 4.5h4l1.5 1.5h5.5v6.5h-11z" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
      </svg>
      <span className="nb-footer__text">
        {info.status === 'failed'
          ? info.inCorpus
            ? 'Notebook file: in the corpus folder (.exzerpt/)'
            : "Notebook file: in Exzerpt's data folder"
          : info.inCorpus
            ? 'Saved in the corpus folder (.exzerpt/)'
            : "Saved in Exzerpt's data folder (corpus is read-only)"}
      </span>
    </footer>
  )
}
