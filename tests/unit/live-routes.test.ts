import { describe, expect, it } from "vitest";
import { liveRoute } from "@/lib/server/live-routes";

// Which requests the app's server hands straight to the live plan's route handlers, and which go
// to Next. Authentication is inside the handlers either way; what matters here is that the three
// routes are found, that a method they lack is refused rather than given to Next (which would
// answer HEAD with the stream's GET handler), and that anything else is left to Next.

const id = "5d674f63-727e-45e6-8521-70a7bccd4613";
const route = (method: string, url: string) => liveRoute({ method, url });

describe("the live plan's routes beside Next", () => {
  it("finds the update, the stream and presence, with or without a query", () => {
    expect(route("POST", `/api/planer/${id}/opdateringer`)).toMatchObject({ id });
    expect(route("GET", `/api/planer/${id}/strom?klient=${id}`)).toMatchObject({ id });
    expect(route("POST", `/api/planer/${id}/tilstede`)).toMatchObject({ id });
  });

  it("refuses a method the route does not have, naming the one it has", () => {
    expect(route("HEAD", `/api/planer/${id}/strom`)).toEqual({ refused: 405, allow: "GET" });
    expect(route("GET", `/api/planer/${id}/opdateringer`)).toEqual({ refused: 405, allow: "POST" });
    expect(route("OPTIONS", `/api/planer/${id}/tilstede`)).toEqual({ refused: 405, allow: "POST" });
  });

  it("leaves every other shape of path to Next", () => {
    for (const url of [
      `/api/planer/${id}/strom/`,
      `//api/planer/${id}/strom`,
      `/API/planer/${id}/strom`,
      `/api/planer/${id}//strom`,
      `/api/planer/${id}/udgaver/1/pdf`,
      `/api/planer/${id}/strom%3F`,
      `/api/planer/%E0%A4%A/strom`,
      `http://evil.example/api/planer/${id}/strom`,
      `/runder/${id}`,
    ]) {
      expect(route("GET", url), url).toBeNull();
    }
  });

  it("decodes the id as Next would; the handler's uuid check refuses what is no id", () => {
    expect(route("GET", "/api/planer/a%2Fb/strom")).toMatchObject({ id: "a/b" });
    expect(route("GET", "/api/planer/../strom")).toMatchObject({ id: ".." });
  });
});
