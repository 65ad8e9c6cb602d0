import path from 'node:path'

/**
 * Whether `target` is `root` or lies below it (both resolved paths). A name that
 * merely starts with dots ("..notes") is inside; only a real step up leaves.
 */
export function isWithin(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}
