#!/usr/bin/env node
import { main } from "../dist/src/cli/main.js";
import { endQuietlyOnClosedPipe } from "../dist/src/cli/output.js";

endQuietlyOnClosedPipe(process.stdout);
process.exitCode = await main(process.argv.slice(2));
