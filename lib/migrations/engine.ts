import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's CLI cannot download its native schema engine on these machines, so migrations
// run on the official WebAssembly build of the same engine. Its package entry imports the
// .wasm file as an ES module (unsupported by Node without flags), so we instantiate it here.

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type WasmGlue = { __wbg_set_wasm: (exports: WebAssembly.Exports) => void };
type WasmStart = { __wbindgen_start: () => void };

export const noExternalObjects = { externalTables: [], externalEnums: [] };

let loading: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  loading ??= (async () => {
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const compiled = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(compiled, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    (glue as unknown as WasmGlue).__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as WasmStart).__wbindgen_start();
    return glue;
  })();
  return loading;
}

/** Runs `work` with a schema engine connected through the given driver adapter, then frees it. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
