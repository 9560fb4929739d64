import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConversationAside } from "@/components/plans/conversation-aside";
import { SheetView } from "@/components/sheets/sheet-view";
import { classicLayout } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";

// The scores on a shared sheet are "Dine vurderinger" to their owner only. The leader (in LUS the
// leader's leader) reads someone else's, and the caption says whose.

const sheet = { fields: { "score.mening": 7, "score.retning": 5 }, themes: [], layout: classicLayout, previous: null };
const own = da.sheets.own.chartCaption;

describe("the caption over a sheet's scores", () => {
  it("names the participant on the leader's page for the participant's preparation", () => {
    const html = renderToStaticMarkup(createElement(SheetView, { ...sheet, owner: "Jonas Brøndum" }));
    expect(html).toContain("Jonas Brøndums vurderinger af de fire dimensioner");
    expect(html).not.toContain(own);
  });

  it("names the participant in the leader's reference pane during the conversation, and says 'Dine' on the participant's own", () => {
    const props = {
      employeeName: "Mads Kjærgaard",
      participantId: "p",
      sheet,
      note: null,
      kind: "MUS" as const,
      themes: [],
      dimensions: true,
      guideHref: "/x",
    };
    const leader = renderToStaticMarkup(createElement(ConversationAside, { ...props, isLeader: true }));
    expect(leader).toContain("Mads Kjærgaards vurderinger af de fire dimensioner");
    expect(leader).not.toContain(own);
    expect(renderToStaticMarkup(createElement(ConversationAside, { ...props, isLeader: false }))).toContain(own);
  });

  it("puts a Danish genitive on names ending in s, x or z", () => {
    expect(da.sheets.view.chartCaption("Anne Lars")).toBe("Anne Lars' vurderinger af de fire dimensioner");
    expect(da.plans.guide.sheet("Mette Søndergård")).toBe("Mette Søndergårds forberedelse");
  });
});
