import type { Metadata } from "next";
import { MessagePage } from "@/components/ui/message-page";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.auth.noAccess.title };

export default function NoAccessPage() {
  const t = da.auth.noAccess;
  return <MessagePage title={t.title} text={t.text} linkHref="/" linkLabel={t.back} />;
}
