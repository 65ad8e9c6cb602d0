import { describe, expect, it } from 'vitest'
import { placeFloating } from './place-floating'

const viewport = { width: 1000, height: 800 }
const size = { width: 300, height: 200 }

describe('placeFloating', () => {
  it('goes under the anchor, centred on it', () => {
    expect(placeFloating({ top: 100, bottom: 120, left: 400, right: 500 }, size, viewport)).toEqual({ top: 128, left: 300 })
  })

  it('goes over the anchor when there is no room below', () => {
    expect(placeFloating({ top: 700, bottom: 720, left: 400, right: 500 }, size, viewport)).toEqual({ top: 492, left: 300 })
  })

  it('stays inside the viewport at the edges', () => {
    expect(placeFloating({ top: 100, bottom: 120, left: 0, right: 20 }, size, viewport).left).toBe(8)
    expect(placeFloating({ top: 100, bottom: 120, left: 980, right: 1000 }, size, viewport).left).toBe(692)
  })
})
