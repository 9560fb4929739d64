// Downloads one URL to nowhere and prints {"seconds", "bytes"}: the export's reader for
// bench:export-load, in a process of its own so that reading megabytes of ZIP does not delay the
// probe's own timers (HR's browser is not in the probe's process either).
const [url, cookie] = process.argv.slice(2);
const started = performance.now();
const response = await fetch(url, { headers: { cookie } });
if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
let bytes = 0;
for await (const chunk of response.body) bytes += chunk.length;
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, bytes }));
