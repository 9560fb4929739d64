"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

// HR's confirmations live above the list, not in the row: a filed plan's row leaves the list
// when the page refreshes, and the confirmation must not leave with it.

const FilingStatus = createContext<(text: string) => void>(() => {});

export const useFilingStatus = () => useContext(FilingStatus);

export function FilingStatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <FilingStatus.Provider value={setMessage}>
      <p role="status" aria-live="polite" className="mb-3 font-medium text-green-800">
        {message}
      </p>
      {children}
    </FilingStatus.Provider>
  );
}
