/**
 * Bench helper, run as a child process in a site folder: the ingest exactly as
 * `npm run ingest` runs it (runIngest on process.cwd()), timed inside the process as well.
 * Prints the ingest's log, then one JSON line: { "ingestMs": … , "code": … }.
 */

import { runIngest } from "../ingest.ts";

const started = performance.now();
const code = await runIngest({ root: process.cwd() });
const ingestMs = performance.now() - started;
console.log(JSON.stringify({ ingestMs, code }));
process.exitCode = code;
