import type { Metadata } from "next";
import { MessagePage } from "@/components/ui/message-page";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.auth.checkMail.title };

export default function CheckMailPage() {
  const t = da.auth.checkMail;
  return <MessagePage title={t.title} text={t.text} linkHref="/log-ind" linkLabel={t.back} />;
}
