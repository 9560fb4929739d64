"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

// The round's version as this browser last saw it. Every planning save names it and gets the new
// one back, so the leader's own saves follow each other without a reload, while a save by someone
// else in between is caught (see lib/domain/rounds/mutations/planned-round.ts).

type VersionState = { version: number; setVersion: (version: number) => void };

const RoundVersion = createContext<VersionState | null>(null);

export function RoundVersionProvider({ initial, children }: { initial: number; children: ReactNode }) {
  const [saved, setSaved] = useState(initial);
  // Versions only rise: the newest of what a fresh server render (router.refresh) brought and what
  // this browser's own last save returned.
  const version = Math.max(initial, saved);
  return <RoundVersion.Provider value={{ version, setVersion: setSaved }}>{children}</RoundVersion.Provider>;
}

export function useRoundVersion(): VersionState {
  const state = useContext(RoundVersion);
  if (!state) throw new Error("useRoundVersion outside RoundVersionProvider");
  return state;
}
