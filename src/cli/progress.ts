// Progress on stderr, so --json output on stdout stays clean. On a terminal it updates one line;
// otherwise (logs, CI) it stays silent unless the work takes long enough for someone to wonder.
import type { Progress } from "../workbook/port";

const LONG_MS = 2000;

export function progressReporter(stream: NodeJS.WriteStream, now: () => number = Date.now) {
  const start = now();
  const tty = stream.isTTY === true;
  let last = "";
  let dirty = false;
  return {
    onProgress(p: Progress) {
      if (p.phase === last) return;
      last = p.phase;
      const pct = p.fraction === undefined ? "" : ` ${Math.round(p.fraction * 100)}%`;
      if (tty) {
        stream.write(`\r\x1b[2K${p.phase}…${pct}`);
        dirty = true;
      } else if (now() - start >= LONG_MS) {
        stream.write(`massbal: ${p.phase}…${pct}\n`);
      }
    },
    done() {
      if (dirty) stream.write("\r\x1b[2K");
      dirty = false;
    },
  };
}
