"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldChange, FieldConflict, FieldMap, FieldValue, RevisionMap } from "@/lib/domain/sheets/fields";
import { useDraftKey } from "@/components/drafts/draft-owner";
import { da } from "@/lib/i18n/da";

// Autosave for a field document (the preparation sheet, the leader's notes). Every change is kept
// in localStorage until the server has confirmed it, so a reload, a dropped network or a closed
// laptop loses nothing; it is sent after a short pause, retried with growing waits while the server
// cannot be reached, and sent at once when the browser is back online. Each change names the
// revision it was made on, so an edit of the same field in another tab comes back as a conflict
// the person decides, never as a silent overwrite. Leaving with unsent changes asks first.

type Result =
  | { ok: true; data: { saved: RevisionMap; conflicts: FieldConflict[]; refused?: Record<string, string> } }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };
type Pending = Record<string, { value: FieldValue; base: number }>;
// In localStorage each entry names the tab that is sending it, so one tab's bookkeeping never
// deletes another tab's unsent change (the store is shared by every tab of the origin).
type Stored = Record<string, { value: FieldValue; base: number; tab: string }>;

export type AutosaveStatus = "saved" | "saving" | "retrying" | "blocked" | "paused";

const delayMs = 700;
const maxBackoffMs = 30_000;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const next = { ...record };
  delete next[key];
  return next;
}

function readStored(storageKey: string): Stored {
  try {
    return JSON.parse(window.localStorage.getItem(storageKey) ?? "{}") as Stored;
  } catch {
    return {};
  }
}

/**
 * The server's field messages under the fields' own keys: a message about a change in the batch
 * (zod's path "changes.<i>.value") belongs to that change's field.
 */
function fieldMessages(fieldErrors: Record<string, string[]>, changes: { key: string }[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [path, list] of Object.entries(fieldErrors)) {
    const index = /^changes\.(\d+)(\.|$)/.exec(path)?.[1];
    const key = index !== undefined ? changes[Number(index)]?.key : changes.some((change) => change.key === path) ? path : undefined;
    if (key && list[0]) messages[key] = list[0];
  }
  return messages;
}

export function useAutosave(options: {
  storageKey: string;
  fields: FieldMap;
  revisions: RevisionMap;
  save: (changes: FieldChange[]) => Promise<Result>;
  validate: (key: string, value: FieldValue) => string | null;
  readOnly?: boolean;
}) {
  const { save, validate } = options;
  const storageKey = useDraftKey(options.storageKey);
  const [values, setValues] = useState<FieldMap>(options.fields);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Record<string, FieldConflict>>({});
  const [status, setStatus] = useState<AutosaveStatus>("saved");
  const [formError, setFormError] = useState<string | null>(null);
  const revisions = useRef<RevisionMap>({ ...options.revisions });
  const pending = useRef<Pending>({});
  const blocked = useRef<Set<string>>(new Set());
  const inflight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const backoff = useRef(0);
  const sendRef = useRef<() => Promise<void>>(async () => {});
  const [tab] = useState(() => Math.random().toString(36).slice(2));

  const persist = useCallback(() => {
    const stored = readStored(storageKey);
    for (const [key, entry] of Object.entries(stored)) if (entry.tab === tab) delete stored[key];
    for (const [key, entry] of Object.entries(pending.current)) stored[key] = { ...entry, tab };
    if (Object.keys(stored).length === 0) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify(stored));
  }, [storageKey, tab]);

  const sendable = () => Object.entries(pending.current).filter(([key]) => !blocked.current.has(key));
  // After a failed send, changes go one at a time until one gets through, and a field whose send
  // failed waits behind the others: one change the server cannot take (a fault, not a refusal,
  // which comes back as a message) never holds back the rest.
  const oneAtATime = useRef(false);
  // Refused as a whole (signed out, the round closed meanwhile): nothing is sent until the person
  // acts again (types, comes back to the tab, is back online), then everything waiting goes.
  const paused = useRef(false);
  const failedAlone = useRef<Set<string>>(new Set());
  const nextBatch = () => {
    const ready = sendable();
    if (!oneAtATime.current) return ready;
    const untried = ready.filter(([key]) => !failedAlone.current.has(key));
    return (untried.length > 0 ? untried : ready).slice(0, 1);
  };

  /** Blocks fields the server refused, with the message next to each (their text stays). */
  const refuse = (messages: Record<string, string>) => {
    if (Object.keys(messages).length === 0) return;
    for (const key of Object.keys(messages)) blocked.current.add(key);
    setErrors((current) => ({ ...current, ...messages }));
  };

  const refreshStatus = useCallback(() => {
    const waiting = Object.keys(pending.current).length > 0;
    if (paused.current && waiting) setStatus("paused");
    else if (blocked.current.size > 0 && sendable().length === 0) setStatus("blocked");
    else if (backoff.current > 0) setStatus("retrying");
    else setStatus(waiting || inflight.current ? "saving" : "saved");
  }, []);

  const schedule = useCallback((after = delayMs) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void sendRef.current(), after);
  }, []);

  async function send(): Promise<void> {
    const batch = nextBatch();
    if (inflight.current || paused.current || batch.length === 0) return refreshStatus();
    inflight.current = true;
    setStatus("saving");
    const changes = batch.map(([key, change]) => ({ key, value: change.value, baseRevision: change.base }));
    try {
      const result = await save(changes);
      backoff.current = 0;
      for (const change of changes) failedAlone.current.delete(change.key);
      if (failedAlone.current.size === 0) oneAtATime.current = false;
      if (result.ok) {
        refuse(result.data.refused ?? {});
        setFormError(null);
        for (const [key, revision] of Object.entries(result.data.saved)) {
          revisions.current[key] = revision;
          const sent = changes.find((change) => change.key === key);
          if (pending.current[key] && sent && pending.current[key].value === sent.value) delete pending.current[key];
          else if (pending.current[key]) pending.current[key].base = revision;
        }
        if (result.data.conflicts.length > 0) {
          for (const conflict of result.data.conflicts) blocked.current.add(conflict.key);
          setConflicts((current) => ({
            ...current,
            ...Object.fromEntries(result.data.conflicts.map((conflict) => [conflict.key, conflict])),
          }));
        }
      } else {
        const messages = fieldMessages(result.fieldErrors ?? {}, changes);
        refuse(messages);
        if (result.formError || Object.keys(messages).length === 0) {
          // Refused as a whole (e.g. the sheet was shared meanwhile): keep everything, wait for the person.
          setFormError(result.formError ?? da.sheets.errors.notSaved);
          paused.current = true;
        }
      }
    } catch {
      // The server could not be reached, or failed on this batch: the same wait either way, but
      // from now on one change at a time, the failed one behind any other.
      if (batch.length === 1) failedAlone.current.add(batch[0][0]);
      const othersToTry = sendable().some(([key]) => !failedAlone.current.has(key));
      if (batch.length > 1 || (oneAtATime.current && othersToTry)) {
        oneAtATime.current = true;
        schedule(0);
      } else {
        backoff.current = Math.min(maxBackoffMs, Math.max(2_000, backoff.current * 2));
        schedule(backoff.current);
      }
    } finally {
      inflight.current = false;
      persist();
      refreshStatus();
      if (backoff.current === 0 && sendable().length > 0) schedule(0);
    }
  }

  // The sender reads the latest state through refs; (re)installed after every render.
  useEffect(() => {
    sendRef.current = send;
  });

  // Unsent changes from before a reload come back into the fields and are sent again.
  useEffect(() => {
    const stored = readStored(storageKey);
    if (Object.keys(stored).length === 0) return;
    // Taken over by this tab; sending a change twice is harmless (the server sees the same value).
    pending.current = Object.fromEntries(Object.entries(stored).map(([key, entry]) => [key, { value: entry.value, base: entry.base }]));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is only readable after mount
    setValues((current) => ({ ...current, ...Object.fromEntries(Object.entries(stored).map(([key, change]) => [key, change.value])) }));
    schedule(0);
  }, [storageKey, schedule]);

  useEffect(() => {
    const online = () => {
      backoff.current = 0;
      paused.current = false;
      schedule(0);
    };
    const leaving = (event: BeforeUnloadEvent) => {
      if (Object.keys(pending.current).length > 0) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("focus", online);
    window.addEventListener("beforeunload", leaving);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("focus", online);
      window.removeEventListener("beforeunload", leaving);
      clearTimeout(timer.current);
    };
  }, [schedule]);

  const setValue = useCallback(
    (key: string, value: FieldValue) => {
      if (options.readOnly) return;
      paused.current = false;
      setValues((current) => ({ ...current, [key]: value }));
      pending.current[key] = { value, base: pending.current[key]?.base ?? revisions.current[key] ?? 0 };
      const message = validate(key, value);
      setErrors((current) => {
        const next = { ...current };
        if (message) next[key] = message;
        else delete next[key];
        return next;
      });
      if (message) blocked.current.add(key);
      else if (!conflicts[key]) blocked.current.delete(key);
      persist();
      setStatus(message ? "blocked" : "saving");
      schedule();
    },
    [conflicts, options.readOnly, persist, schedule, validate],
  );

  /** Keep what I typed: store it over the other version. */
  const keepMine = useCallback(
    (key: string) => {
      const conflict = conflicts[key];
      if (!conflict) return;
      revisions.current[key] = conflict.revision;
      if (pending.current[key]) pending.current[key].base = conflict.revision;
      blocked.current.delete(key);
      setConflicts((current) => without(current, key));
      persist();
      schedule(0);
    },
    [conflicts, persist, schedule],
  );

  /** Take the stored version instead of what I typed. */
  const useTheirs = useCallback(
    (key: string) => {
      const conflict = conflicts[key];
      if (!conflict) return;
      revisions.current[key] = conflict.revision;
      delete pending.current[key];
      blocked.current.delete(key);
      setValues((current) => ({ ...current, [key]: conflict.value }));
      setConflicts((current) => without(current, key));
      persist();
      refreshStatus();
    },
    [conflicts, persist, refreshStatus],
  );

  /** Sends what is waiting and resolves when nothing sendable is left (or it cannot be sent now). */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      if (inflight.current) await new Promise((resolve) => setTimeout(resolve, 100));
      else if (sendable().length > 0 && backoff.current === 0) await sendRef.current();
      else break;
    }
    return Object.keys(pending.current).length === 0;
  }, []);

  return { values, errors, conflicts, status, formError, setValue, keepMine, useTheirs, flush };
}
