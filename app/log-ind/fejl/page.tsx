import type { Metadata } from "next";
import { MessagePage } from "@/components/ui/message-page";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.auth.error.title };

const known = ["Verification", "CredentialsSignin", "AccessDenied"] as const;

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const t = da.auth.error;
  const text = known.find((code) => code === error);
  return <MessagePage title={t.title} text={text ? t[text] : t.default} linkHref="/log-ind" linkLabel={t.back} />;
}
