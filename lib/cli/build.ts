import { ensureBuild } from "./prepare";
import { runCli } from "./run";

runCli(ensureBuild);
