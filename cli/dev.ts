// Runs the CLI from source (npm run cli -- <args>), without a build step.
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2));
