import type { NotebookInfo } from '../../../preload/contract'
import { ProblemNotice } from '../controls/problem-notice'
import { formatTimestamp } from '../format'
import { useAction } from '../use-action'

/**
 * The notebook could not be opened: says why in plain words, where the file
 * is, and offers the newest backup that checks out. Reading and searching go on.
 */
export function NotebookBanner({ info }: { info: NotebookInfo }) {
  const problem = info.problem
  const backup = problem?.backups.find((b) => b.valid) ?? null
  // Main sends the new state (notebook open) when it is done.
  const restoring = useAction((name: string) => window.exzerpt.restoreNotebookBackup(name))
  const busy = restoring.busy
  const restore = () => void (backup && restoring.run(backup.name))
  const heading =
    problem?.kind === 'locked'
      ? 'The notebook is in use elsewhere'
      : problem?.kind === 'too-new'
        ? 'This notebook is from a newer Exzerpt'
        : 'The notebook could not be opened'
  return (
    <div className="nb-banner" role="alert" data-testid="notebook-banner">
      <p className="nb-banner__title">{heading}</p>
      <p className="nb-banner__text">{problem?.message}</p>
      {!problem?.message.includes(info.file) && (
        <p className="nb-banner__file">
          File: <span className="nb-banner__path">{info.file}</span>
        </p>
      )}
      <p className="nb-banner__text">Your documents can still be read and searched. Highlights and notes are unavailable until this is solved; the file is left as it is.</p>
      {backup && (
        <div className="nb-banner__restore">
          <button type="button" className="button button--small button--accent" data-testid="restore-backup" disabled={busy} onClick={restore}>
            {busy ? 'Opening backup…' : 'Open the newest valid backup'}
          </button>
          <span className="nb-banner__backup">
            from {formatTimestamp(backup.createdAt)}
            {backup.highlights !== null && ` · ${backup.highlights} ${backup.highlights === 1 ? 'highlight' : 'highlights'}`}
          </span>
        </div>
      )}
      {backup && <p className="nb-banner__note">The damaged file is kept beside it, renamed.</p>}
      <ProblemNotice>{restoring.error}</ProblemNotice>
    </div>
  )
}
