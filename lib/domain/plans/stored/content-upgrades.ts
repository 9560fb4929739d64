import type { PlanContent } from "@/lib/domain/plans/doc";
import type { ContentV1, ContentV2, ContentV3, ContentV3Marked } from "@/lib/domain/plans/stored/content-shapes";

// One step per change of shape, each filling what the older plan could not hold with what the
// editor shows for "not given" (""/no sub-tasks). A step never changes a value that was signed.

export function v1ToV2(plan: ContentV1): ContentV2 {
  return {
    startWith: "",
    expectations: "",
    goals: plan.goals,
    evaluation: plan.evaluation,
    followUpDate: plan.followUpDate,
    actions: plan.actions.map((action) => ({ ...action, carriedFrom: "", subtasks: [] })),
  };
}

export function v2ToV3(plan: ContentV2): ContentV3 {
  return {
    startWith: plan.startWith,
    motivated: "",
    expectations: plan.expectations,
    goals: plan.goals,
    evaluation: plan.evaluation,
    followUpDate: plan.followUpDate,
    actions: plan.actions.map((action) => ({
      what: action.what,
      how: action.how,
      support: action.support,
      who: action.who,
      byWhen: action.byWhen,
      theme: "",
      form: "",
      waitsForWrapUp: action.waitsForWrapUp,
      carriedFrom: action.carriedFrom,
      subtasks: action.subtasks,
    })),
  };
}

/** Shape 3 as written with its marker, the marker left behind (nothing downstream reads it). */
export function unmarkV3(plan: ContentV3Marked): ContentV3 {
  return {
    startWith: plan.startWith,
    motivated: plan.motivated,
    expectations: plan.expectations,
    goals: plan.goals,
    evaluation: plan.evaluation,
    followUpDate: plan.followUpDate,
    actions: plan.actions,
  };
}

/** Shape 3 is today's PlanContent. */
export const v3ToCurrent = (plan: ContentV3): PlanContent => plan;
