import { pointAtWorkerDatabase } from "./worker-databases";

pointAtWorkerDatabase();
