import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { nginxPath } from "../../support/system-packages";

// nginx in front of app instances, as the README's production section configures it (without
// TLS), run as the current user from a temporary folder. Its access log names the instance that
// answered each request, so a test can see that every instance served.

export type Nginx = {
  url: string;
  /** The upstream port of each request logged so far. */
  upstreamPorts: () => number[];
  stop: () => Promise<void>;
};

function config(dir: string, port: number, upstreams: number[]): string {
  // Workers of a master started as root would otherwise switch to "nobody", who may not write here.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : "";
  return `${user}
worker_processes 1;
events { worker_connections 512; }
http {
  log_format upstreams '$request_method $uri $status $upstream_addr';
  access_log ${dir}/access.log upstreams;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  # No keepalive pool: a pooled connection would carry a browser's reconnect back to the instance
  # that is stopping (README, "Running in production").
  upstream app {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    proxy_http_version 1.1;
    # $http_host, not $host: the test's public address has a port.
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-Host $http_host;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Request-Id $request_id;
    proxy_next_upstream error timeout;
    proxy_connect_timeout 2s;
    location ~ ^/api/planer/[^/]+/strom$ {
      proxy_pass http://app;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 120s;
    }
    location / {
      proxy_pass http://app;
      proxy_read_timeout 300s;
    }
  }
}
`;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Starts nginx on `port` with `upstreams` (app ports) behind it, and waits until it listens. */
export async function startNginx(port: number, upstreams: number[]): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), "mus-nginx-"));
  writeFileSync(join(dir, "nginx.conf"), config(dir, port, upstreams));
  const child = spawn(
    nginxPath,
    [
      "-e",
      join(dir, "error.log"),
      "-p",
      dir,
      "-c",
      join(dir, "nginx.conf"),
      "-g",
      `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`,
    ],
    { stdio: "ignore" },
  );
  const errors = () => readFileSync(join(dir, "error.log"), "utf8");
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start on port ${port}:\n${errors()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    upstreamPorts: () =>
      readFileSync(join(dir, "access.log"), "utf8")
        .split("\n")
        // "$upstream_addr" lists every instance tried, the one that answered last.
        .map((line) => /(\d+)\s*$/.exec(line)?.[1])
        .filter((found): found is string => found !== undefined)
        .map(Number),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
