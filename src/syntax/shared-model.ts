import { SyntaxModel } from "./syntax-model.js";

let loaded: SyntaxModel | null = null;

/**
 * The shipped model, read from disk on first call and kept for the process: the one place the cache lives, handed
 * to stages through Context so that none of them reaches for it directly.
 */
export function sharedSyntaxModel(): SyntaxModel {
  loaded ??= SyntaxModel.load();
  return loaded;
}
