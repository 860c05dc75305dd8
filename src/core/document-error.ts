/** A problem with one input: reported on one line naming the input, never crashing the batch. */
export class DocumentError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(`${input}: ${problem}`, options);
    this.name = "DocumentError";
  }
}

export function isDocumentError(value: unknown): value is DocumentError {
  return value instanceof DocumentError;
}
