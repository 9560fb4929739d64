"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import * as Y from "yjs";
import { da } from "@/lib/i18n/da";
import { useDraftKey } from "@/components/drafts/draft-owner";

// The plan's live Yjs document in the browser. Remote edits arrive as server-sent events (a full
// state on every (re)connect, then each stored update). Local edits are kept, merged, in
// localStorage until the server has stored them, sent one batch at a time, retried while the
// network is down, and sent again after a reload: nothing typed is lost, and a re-sent update is
// harmless (Yjs applies each edit once).
//
// The status reads "offline" (the polite status line says the connection is broken and that we
// keep trying) while either way to the server is broken: the stream dropped or says the server
// lost its database, or an edit could not be stored (no network, or the server answered with an
// error). It clears when the stream is whole again and the edits have gone.

export type PlanStatus = "connecting" | "saved" | "saving" | "offline" | "refused" | "ended";
export type PresenceEntry = { client: string; person: string; field: string | null; seen: number };

const presenceEveryMs = 10_000;
const presenceFadesMs = 35_000;
const reopenAfterMs = 5_000; // a refused stream is opened again after 5–10 seconds
const resendFirstMs = 1_000; // an edit the server could not store is sent again after 1, 2, 4 … 10 seconds
const resendMaxMs = 10_000;

/** A random id for this tab (crypto.randomUUID needs a secure context; this does not). */
function tabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const toBytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));

export function usePlanDoc(planId: string, onApproval: (by: string) => void) {
  const [doc] = useState(() => new Y.Doc());
  const [client] = useState(tabId);
  const [status, setStatus] = useState<PlanStatus>("connecting");
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const field = useRef<string | null>(null);
  const known = useRef(new Set<string>());
  const [message, setMessage] = useState<string | null>(null);
  const [interrupted, setInterrupted] = useState(false);
  const pending = useRef<Uint8Array[]>([]);
  const inflight = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storageKey = useDraftKey(`plan:${planId}`);
  const announce = useCallback(
    (where: string | null) =>
      fetch(`/api/planer/${planId}/tilstede`, {
        method: "POST",
        body: JSON.stringify({ client, field: where }),
        headers: { "content-type": "application/json" },
      }).catch(() => undefined),
    [client, planId],
  );

  useEffect(() => {
    const broken = { stream: false, sending: false };
    const mark = (way: keyof typeof broken, down: boolean) => {
      broken[way] = down;
      setInterrupted(broken.stream || broken.sending);
    };
    let resendMs = resendFirstMs;
    // One retry pending at a time, each wait longer than the last: a server without its database
    // answers at once, and resending at once would flood it.
    const retryLater = () => {
      clearTimeout(retry.current);
      retry.current = setTimeout(() => void send(), resendMs);
      resendMs = Math.min(resendMs * 2, resendMaxMs);
    };
    const persist = () => {
      if (pending.current.length === 0) window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, toBase64(Y.mergeUpdates(pending.current)));
    };
    const send = async (): Promise<void> => {
      if (inflight.current || pending.current.length === 0) return;
      inflight.current = true;
      setStatus("saving");
      const count = pending.current.length;
      const batch = Y.mergeUpdates(pending.current.slice(0, count));
      try {
        const response = await fetch(`/api/planer/${planId}/opdateringer?klient=${client}`, {
          method: "POST",
          body: batch as BodyInit,
          headers: { "content-type": "application/octet-stream" },
        });
        if (response.ok) {
          await response.body?.cancel(); // the answer is only "stored"; free the connection
          pending.current.splice(0, count);
          persist();
          resendMs = resendFirstMs;
          mark("sending", false);
          setMessage(null);
          setStatus(pending.current.length > 0 ? "saving" : "saved");
        } else if (response.status === 429) {
          await response.body?.cancel();
          clearTimeout(retry.current);
          retry.current = setTimeout(() => void send(), 1_000);
          return;
        } else if (response.status >= 500) {
          // The server is up but could not store it (its database is away, or it is restarting).
          await response.body?.cancel().catch(() => undefined);
          mark("sending", true);
          setStatus("offline");
          retryLater();
          return;
        } else {
          // Refused (too long, not allowed now): kept here, sent again with the next edit.
          const body = (await response.json().catch(() => ({}))) as { error?: string };
          setMessage(body.error ?? da.errors.unexpected);
          setStatus("refused");
          return;
        }
      } catch {
        mark("sending", true);
        setStatus("offline");
        retryLater();
        return;
      } finally {
        inflight.current = false;
      }
      if (pending.current.length > 0) void send();
    };

    const restored = window.localStorage.getItem(storageKey);
    if (restored) {
      const update = toBytes(restored);
      Y.applyUpdate(doc, update, "restored");
    }
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === "remote") return;
      pending.current.push(update);
      persist();
      // While the server cannot store anything, an edit waits for the next retry (it is kept).
      if (broken.sending) return;
      clearTimeout(retry.current);
      void send();
    };
    doc.on("update", onUpdate);
    if (restored) {
      pending.current.push(toBytes(restored));
      void send();
    }

    // Say where this tab is now and then; others forget a tab they have not heard from for a while.
    const heartbeat = setInterval(() => {
      void announce(field.current);
      setPresence((current) => current.filter((entry) => Date.now() - entry.seen < presenceFadesMs));
    }, presenceEveryMs);
    // The stream. The browser reconnects by itself after a dropped connection, but not after a
    // refusal (too many tabs, a server at its limit, a restart answering 503): then this tab opens
    // it again after a pause, and shows that it is offline meanwhile.
    let events: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    let refusals = 0;
    const open = () => {
      const stream = new EventSource(`/api/planer/${planId}/strom?klient=${client}`);
      events = stream;
      stream.addEventListener("presence", (event) => {
        const entry = JSON.parse((event as MessageEvent).data) as Omit<PresenceEntry, "seen"> & { left?: boolean };
        if (entry.client === client) return;
        // A tab seen for the first time does not know about this one yet: say where this one is.
        if (entry.left) known.current.delete(entry.client);
        else if (!known.current.has(entry.client)) {
          known.current.add(entry.client);
          void announce(field.current);
        }
        setPresence((current) => [
          ...current.filter((other) => other.client !== entry.client),
          ...(entry.left ? [] : [{ client: entry.client, person: entry.person, field: entry.field, seen: Date.now() }]),
        ]);
      });
      stream.addEventListener("state", (event) => {
        refusals = 0;
        mark("stream", false);
        void announce(field.current);
        Y.applyUpdate(doc, toBytes((JSON.parse((event as MessageEvent).data) as { state: string }).state), "remote");
        setStatus(pending.current.length > 0 ? "saving" : "saved");
        void send();
      });
      stream.addEventListener("update", (event) => {
        Y.applyUpdate(doc, toBytes((JSON.parse((event as MessageEvent).data) as { update: string }).update), "remote");
      });
      // The server's own link to the database: lost (it hears no edits now) and back (it has sent
      // what it missed). Edits waiting for the server go at once when it is back.
      stream.addEventListener("connection", (event) => {
        const back = (JSON.parse((event as MessageEvent).data) as { state: string }).state === "back";
        mark("stream", !back);
        if (back && pending.current.length > 0) {
          clearTimeout(retry.current);
          resendMs = resendFirstMs;
          void send();
        }
      });
      stream.addEventListener("approval", (event) => onApproval((JSON.parse((event as MessageEvent).data) as { by: string }).by));
      stream.addEventListener("ended", () => {
        ended = true;
        mark("stream", false);
        setStatus("ended");
        setMessage(da.plans.ended);
        stream.close();
      });
      stream.onerror = () => {
        setStatus((current) => (current === "ended" ? current : "offline"));
        if (!ended) mark("stream", true);
        if (stream.readyState !== EventSource.CLOSED || ended) return;
        // Refused again and again (signed out meanwhile, a server at its limit): wait longer each time, up to a minute.
        const wait = Math.min(60_000, reopenAfterMs * 2 ** refusals) * (1 + Math.random());
        refusals += 1;
        reopen = setTimeout(open, wait);
      };
    };
    open();
    const online = () => {
      clearTimeout(retry.current);
      resendMs = resendFirstMs;
      void send();
    };
    const leaving = (event: BeforeUnloadEvent) => {
      if (pending.current.length > 0) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", leaving);
    return () => {
      clearInterval(heartbeat);
      ended = true;
      clearTimeout(reopen);
      events?.close();
      doc.off("update", onUpdate);
      clearTimeout(retry.current);
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", leaving);
    };
  }, [announce, client, doc, onApproval, planId, storageKey]);

  /** Tells the other party which field this tab is in (null: none). */
  const setField = useCallback(
    (next: string | null) => {
      if (field.current === next) return;
      field.current = next;
      void announce(next);
    },
    [announce],
  );

  const shown: PlanStatus = interrupted && status !== "ended" && status !== "refused" ? "offline" : status;
  return { doc, status: shown, message, presence, setField };
}
