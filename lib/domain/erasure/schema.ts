import { z } from "zod";

// The person whose data is shown or erased: the same schema for the preview and the erasure, in the
// component and the action.
export const erasureSchema = z.object({ personId: z.uuid() });

export type ErasureInput = z.input<typeof erasureSchema>;
