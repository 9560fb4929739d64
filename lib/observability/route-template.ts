// A request's path as the route that answered it ("/runder/[id]/samtale/[participantId]"), for
// logs and metrics: ids, names and anything else a person could put in a path are left out, and
// the number of distinct values stays that of the app's routes. Pure; the route list comes from
// the build (.next/app-path-routes-manifest.json).

type Matcher = { template: string; pattern: RegExp; specificity: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(template: string): Matcher {
  const segments = template.split("/").filter(Boolean);
  let specificity = 0;
  const parts = segments.map((segment) => {
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
    if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
    if (/^\[.+\]$/.test(segment)) return "/[^/]+";
    specificity += 1;
    return `/${escape(segment)}`;
  });
  return { template, pattern: new RegExp(`^${parts.join("") || "/"}/?$`), specificity };
}

/** Builds the lookup once from the app's route templates; static ones win over dynamic ones. */
export function routeMatcher(templates: string[]): (pathname: string) => string {
  const matchers = templates
    .filter((template) => !template.startsWith("/_"))
    .map(compile)
    .sort((a, b) => b.specificity - a.specificity || b.template.length - a.template.length);
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next/*";
    return matchers.find((matcher) => matcher.pattern.test(pathname))?.template ?? "(other)";
  };
}
