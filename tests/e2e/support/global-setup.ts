import { startMailbox } from "../../support/mailbox-server";
import { startOidcProvider } from "../../support/oidc-server";

// What the app talks to during the browser tests: a local SMTP server and a local OIDC provider.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const smtpPort = Number(process.env.E2E_SMTP_PORT);
  const oidcPort = Number(process.env.E2E_OIDC_PORT);
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!smtpPort || !oidcPort || !dir) throw new Error("E2E_SMTP_PORT, E2E_OIDC_PORT and E2E_MAILBOX_DIR are set by `npm test`");
  const mailbox = await startMailbox(smtpPort, dir);
  const oidc = await startOidcProvider(oidcPort, `http://127.0.0.1:${process.env.E2E_PORT}`);
  return async () => {
    await mailbox.stop();
    await oidc.stop();
  };
}
