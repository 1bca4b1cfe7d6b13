// Validates JSON files against one of splan's JSON Schemas with ajv, a validator that is not .NET:
// draft 2020-12 (ajv/dist/2020), strict mode, every error listed, format "date" asserted (ajv-formats, full mode).
//
//   node check.mjs [--no-formats] [--expect-invalid] SCHEMA FILE...
//
// --no-formats        ignore "format", as validators that do not assert formats do (the patterns must hold alone)
// --expect-invalid    every FILE must be rejected (a negative case); the errors are printed
//
// Exit 0 when every file is as expected, 1 when one is not, 2 when the schema does not compile or a file cannot be read.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const args = process.argv.slice(2);
const formats = !args.includes("--no-formats");
const expectInvalid = args.includes("--expect-invalid");
const [schemaFile, ...files] = args.filter((a) => !a.startsWith("--"));
if (!schemaFile || files.length === 0) {
  console.error("usage: node check.mjs [--no-formats] [--expect-invalid] SCHEMA FILE...");
  process.exit(2);
}

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON: ${error.message}`);
    process.exit(2);
  }
};

// strict: true refuses unknown keywords, ignored keywords and types that do not fit their keywords; union types
// ("type": ["string", "null"]) are how the schemas say "or null", so they are allowed explicitly.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, validateFormats: formats });
if (formats) {
  addFormats(ajv);
}

let validate;
try {
  validate = ajv.compile(read(schemaFile));
} catch (error) {
  console.error(`${schemaFile}: does not compile in strict mode: ${error.message}`);
  process.exit(2);
}

let wrong = 0;
for (const file of files) {
  const valid = validate(read(file));
  const errors = (validate.errors ?? []).map((e) => `  ${e.instancePath || "/"} ${e.message} (${e.schemaPath})`);
  if (valid === expectInvalid) {
    wrong += 1;
    console.error(`${file}: ${valid ? "valid, but it should be rejected" : "not valid"} against ${schemaFile}`);
    errors.forEach((line) => console.error(line));
  } else if (expectInvalid) {
    console.log(`${file}: rejected, as it should be:`);
    errors.forEach((line) => console.log(line));
  }
}

const how = `ajv, draft 2020-12, strict, ${formats ? "formats asserted" : "formats ignored"}`;
console.log(`${schemaFile}: ${files.length - wrong} of ${files.length} file(s) ${expectInvalid ? "rejected" : "valid"} (${how})`);
process.exit(wrong === 0 ? 0 : 1);
