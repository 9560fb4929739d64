import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const p = await b.newPage();
p.on("request", r => console.log(">", r.url(), JSON.stringify(r.headers()).slice(0,300)));
p.on("response", r => console.log("<", r.status(), r.headers()["location"]));
try { await p.goto("http://127.0.0.1:3456/log-ind"); } catch (e) { console.log(String(e).slice(0,200)); }
console.log(p.url());
await b.close();
