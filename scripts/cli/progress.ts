// A progress bar on a terminal; plain lines (one per tenth) when output goes to a file or CI.

export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY && !process.env.CI;
  let lastDecile = -1;
  return {
    update(done, total, label) {
      if (tty) {
        const width = 28;
        const filled = Math.round((done / total) * width);
        const name = label.length > 40 ? `…${label.slice(-39)}` : label;
        stream.write(`\r\x1b[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${name}`);
        return;
      }
      const decile = Math.floor((done / total) * 10);
      if (decile !== lastDecile && (decile > lastDecile || done === total)) {
        lastDecile = decile;
        stream.write(`parsed ${done}/${total} files\n`);
      }
    },
    done() {
      if (tty) stream.write("\r\x1b[2K");
    },
  };
}
