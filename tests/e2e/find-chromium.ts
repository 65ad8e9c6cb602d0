import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

/** Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, Debian's chromium, or an installed Chrome. */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`)
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate))
  if (found) return found
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or point CHROMIUM_PATH at a Chrome/Chromium binary.',
  )
}
