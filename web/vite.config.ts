import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The UI ships inside the package as dist/web, which `sitrep serve` answers at / and /assets/.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: { outDir: fileURLToPath(new URL("../dist/web", import.meta.url)), emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false } },
});
