/** Entry of the `scan` command (`npm run scan`, or the `cchc-scan` bin); see scan-command.ts. */
import { scanCommand } from './scan-command.ts';

const lines: string[] = [];
const status = scanCommand(
  process.argv.slice(2),
  (line) => lines.push(line),
  (line) => process.stderr.write(`${line}\n`),
);
// One write: a million console.log calls would cost more than the scan itself.
if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = status;
