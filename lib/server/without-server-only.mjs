// For benchmarks that render PDFs outside Next: react-pdf needs React's ordinary build, so the
// react-server condition cannot be used, and "server-only" (which throws outside a server
// bundle) stands for an empty module instead, as it does under vitest.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      "export async function resolve(specifier, context, next) { return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context); }",
    ),
);
