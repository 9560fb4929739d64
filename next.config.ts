import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Set by `npm test` after its own `tsc --noEmit` over the whole project (tests/support/pipeline.ts).
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPE_CHECK === "1" },
  // HTTP_COMPRESSION=0 behind a proxy that compresses (nginx's gzip): gzipping each page here cost
  // a fifth to a third of the server's CPU per page (bench:pages). Read when the server starts.
  compress: process.env.HTTP_COMPRESSION !== "0",
  // A 5,000-person CSV from the HR system is about 0.5 MB; sent base64-encoded to the import preview.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  // The database drivers and the WebAssembly engines are Node packages; bundling them gains nothing.
  serverExternalPackages: ["yjs", "@react-pdf/renderer", "pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // proxy.ts redirects 127.0.0.1 to localhost (or back, by NEXTAUTH_URL); Next's URL normalisation
  // treats those two as one host and would turn that redirect into a loop to the same address.
  skipProxyUrlNormalize: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
