import { runCli } from './cli/run-cli'

// Entry point of `npm run -s cli -- <command>`; all logic lives in cli/ over the same core as the app.
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
