/** A check mark in a filled circle (decorative: the words say "done"). */
export function CheckMark({ className = "h-4 w-4 text-green-800" }: { className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" className={`shrink-0 ${className}`}>
      <circle cx="8" cy="8" r="8" fill="currentColor" />
      <path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="white" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
