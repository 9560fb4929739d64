import { Zip, ZipPassThrough } from "fflate";
import { giveWayToRequests } from "@/lib/server/foreground";

// A ZIP of many files as a stream: each file is made when the reader asks for more and stored as
// it is (PDFs are compressed already), so a thousand files never sit in memory together. Before
// each file the stream gives way: it waits while other people's requests are in flight (at most
// a quarter of a second a file, see lib/server/foreground.ts) and at least a millisecond (a timer,
// not setImmediate: that let the next file in before most waiting requests), so a ZIP being made
// slows down while others use the app instead of slowing them.

export type ZipEntry = { name: string; bytes: () => Promise<Uint8Array> };

export function zipStream(entries: AsyncIterable<ZipEntry>): ReadableStream<Uint8Array> {
  const iterator = entries[Symbol.asyncIterator]();
  const used = new Set<string>();
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      await new Promise((resolve) => setTimeout(resolve, 1));
      await giveWayToRequests(250);
      const next = await iterator.next();
      if (next.done) return zip.end();
      // Two files of the same name (two people with one name in a round) both keep theirs.
      let name = next.value.name;
      for (let copy = 2; used.has(name); copy += 1) name = next.value.name.replace(/(\.[a-z]+)?$/, `-${copy}$1`);
      used.add(name);
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(await next.value.bytes(), true);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
