import { serve } from "@hono/node-server";
import type { Store } from "../store/store.js";
import type { Output } from "../cli/output.js";
import { createApp } from "./app.js";

export interface ServeCommandOptions {
  readonly host: string;
  readonly port: number;
  readonly token?: string;
}

/** `sitrep serve`: the JSON API on one port until the process is stopped. */
export async function serveCommand(store: Store, options: ServeCommandOptions, io: Output): Promise<number> {
  if (options.host !== "127.0.0.1" && options.host !== "localhost") io.err(`sitrep: warning: listening on ${options.host}, reachable from other machines\n`);
  const server = serve({ fetch: createApp(store, { token: options.token }).fetch, hostname: options.host, port: options.port });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  io.err(`sitrep: serving on http://${options.host}:${options.port}/api/openapi.json (${options.token === undefined ? "read-only" : "ingest with the token"})\n`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.close(() => resolve()));
  });
  return 0;
}
