import type { ReactNode } from 'react'

/** Something went wrong, in plain words, where it happened (announced at once). */
export function ProblemNotice({ children, className = '', testId }: { children: ReactNode; className?: string; testId?: string }) {
  if (children === null || children === undefined || children === false || children === '') return null
  return (
    <p className={`notice notice--problem ${className}`.trim()} role="alert" data-testid={testId}>
      {children}
    </p>
  )
}
