import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50 disabled:text-slate-500",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
};

const shape = "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-medium";

/** A link that does the page's main thing looks like a button (it still navigates, so it stays a link). */
export function buttonClass(variant: Variant = "primary"): string {
  return `${shape} no-underline ${variants[variant]}`;
}

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type="button" className={`${shape} ${variants[variant]} ${className}`} {...props} />;
}
