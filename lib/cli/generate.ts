import { ensurePrismaClient } from "./prepare";
import { runCli } from "./run";

runCli(ensurePrismaClient);
