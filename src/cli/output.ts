/** Where a command writes: injectable so tests run commands in-process. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * A reader that stops early (`sitrep analyze x | head -1`) closes the pipe: that ends the process quietly, with
 * exit 0. Any other failure to write is one line on stderr and exit 1.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`sitrep: cannot write output: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? 0 : 1);
  });
}
