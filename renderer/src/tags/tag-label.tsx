/** A tag name with its parent levels muted: "Akteure/" Russland. */
export function TagLabel({ name }: { name: string }) {
  const slash = name.lastIndexOf('/')
  if (slash < 0) return <>{name}</>
  return (
    <>
      <span className="tag-label__parent">{name.slice(0, slash + 1)}</span>
      {name.slice(slash + 1)}
    </>
  )
}
