// Registers a loader hook and exports nothing (see without-server-only.mjs).
export {};
