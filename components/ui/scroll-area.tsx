import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroll box. Keyboard users scroll it too: it takes focus (with the
 * visible focus ring) and is a named region, so a screen reader says what it is on the way in.
 */
export function ScrollArea({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
