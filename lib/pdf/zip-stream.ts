import { Zip, ZipPassThrough } from "fflate";

// A ZIP of many files as a stream: each file is made when the reader asks for more and stored as
// it is (PDFs are compressed already), so a thousand files never sit in memory together. Between
// two files the stream pauses a millisecond (a timer, not setImmediate: that let the next file in
// before most waiting requests), so that files ready at once (stored PDFs) leave the server's
// thread to other people's requests; 500 files take half a second longer.

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
      const next = await iterator.next();
      if (next.done) return zip.end();
      // Two files of the same name (two people with one name in a round) both keep theirs.
      let name = next.value.name;
      for (let copy = 2; used.has(name); copy += 1) name = next.value.name.replace(/(\.[a-z]+)?$/, `-${copy}$1`);
      used.add(name);
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(await next.value.bytes(), true);
      await new Promise((resolve) => setTimeout(resolve, 1));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
