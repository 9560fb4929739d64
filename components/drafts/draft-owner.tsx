"use client";

import { createContext, useContext, type ReactNode } from "react";

// What a person has typed but the server has not confirmed waits in localStorage. Each key names
// the person, so on a shared computer the next person to sign in never picks up (and sends as
// their own) what the previous one typed, and signing out can find and remove exactly that.

const prefix = "mus-kladde:";
const DraftOwner = createContext("");

export function DraftOwnerProvider({ personId, children }: { personId: string; children: ReactNode }) {
  return <DraftOwner.Provider value={personId}>{children}</DraftOwner.Provider>;
}

/** The localStorage key for one draft of the signed-in person. */
export function useDraftKey(key: string): string {
  return `${prefix}${useContext(DraftOwner)}:${key}`;
}

/** Every draft key of this person in this browser. */
export function draftKeysOf(personId: string): string[] {
  const own = `${prefix}${personId}:`;
  return Array.from({ length: window.localStorage.length }, (_, index) => window.localStorage.key(index)).filter(
    (key): key is string => key?.startsWith(own) ?? false,
  );
}
