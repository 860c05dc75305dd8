import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The UI as `npm run build` leaves it: dist/web beside dist/src. */
export const builtWebDir = fileURLToPath(new URL("../../web", import.meta.url));

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export interface StaticFile {
  readonly body: Uint8Array;
  readonly contentType: string;
}

/**
 * Every file of the built UI, read once, by its URL path. Only these paths are ever answered, so no request path
 * (with `..`, encoded slashes or anything else) can reach a file outside the folder.
 */
export function loadStaticFiles(dir: string): ReadonlyMap<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dir)) return files;
  for (const path of listFiles(dir)) {
    const urlPath = `/${relative(dir, path).split(sep).join("/")}`;
    files.set(urlPath, { body: readFileSync(path), contentType: contentTypes[extname(path)] ?? "application/octet-stream" });
  }
  return files;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
