import { MessagePage } from "@/components/ui/message-page";
import { da } from "@/lib/i18n/da";

export default function NotFound() {
  const t = da.errors.notFoundPage;
  return <MessagePage title={t.title} text={t.text} linkHref="/" linkLabel={t.back} />;
}
