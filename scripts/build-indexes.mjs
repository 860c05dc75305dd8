// Build-time indexes, so that start-up reads files instead of building them: `npm run build` runs this after tsc.
import { townIndexPath, writeTownIndex } from "../dist/src/entities/town-index.js";
import { UNPACKED_MODEL_PATH, writeUnpackedSyntaxModel } from "../dist/src/syntax/syntax-model.js";

writeTownIndex();
writeUnpackedSyntaxModel();
console.log(`wrote ${townIndexPath} and ${UNPACKED_MODEL_PATH}`);
