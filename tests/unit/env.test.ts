import { describe, expect, it } from "vitest";
import { EnvError, isDemoMode, readEnv } from "@/lib/env";

describe("environment", () => {
  it("defaults to port 3000, the .data folder and no database URL (the embedded database)", () => {
    const config = readEnv({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: ".data" });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("rejects a DATABASE_URL that is not a Postgres URL with a line saying what it should look like", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://root@localhost/db" })).toThrowError(EnvError);
    expect(() => readEnv({ DATABASE_URL: "not a url" })).toThrowError(/DATABASE_URL must look like postgresql:\/\//);
  });

  it("rejects a port that is not a port", () => {
    expect(() => readEnv({ PORT: "70000" })).toThrowError(/PORT/);
  });

  it("turns demo mode on with the embedded database, and off on a real one unless DEMO_MODE=1", () => {
    expect(isDemoMode(readEnv({ EMBEDDED_DATABASE: "1" }))).toBe(true);
    expect(isDemoMode(readEnv({ DATABASE_URL: "postgresql://u@h/d" }))).toBe(false);
    expect(isDemoMode(readEnv({ DATABASE_URL: "postgresql://u@h/d", DEMO_MODE: "1" }))).toBe(true);
  });
});
