import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** The server's database client: pages, route handlers and domain code only. */
const database = [
  {
    group: ["@/lib/db", "@/lib/db-client"],
    message: "Components get their data from the page; only pages, routes and lib/domain reach the database.",
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      // The UI is Danish and comes from one dictionary; raw text in JSX bypasses it.
      "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: ["·", "–", "→", "(", ")", ":", ",", "."] }],
    },
  },
  { files: ["tests/**", "lib/cli/**", "prisma/**"], rules: { "react/jsx-no-literals": "off" } },

  // The layers: app → components → lib/domain → lib. A layer imports only from the layers after it,
  // and only pages, routes and domain code reach the database. (Types may cross: they are erased.)
  ...layer(["components/**"], "components", [...above("app"), ...database]),
  ...layer(["lib/**"], "lib", [...above("app"), ...above("components")], ["lib/server/live-routes.ts"]),
  ...layer(["lib/*.ts", "lib/{access,audit,auth,calendar,dates,embedded-db,http,i18n,mail,migrations,observability,text}/**"], "lib", [
    ...above("app"),
    ...above("components"),
    ...above("lib/domain"),
  ]),

  // Each browser spec makes the organisation it needs (tests/e2e/support/world.ts), so specs run in
  // any order and side by side. The seeded demo is read only by the demo sign-in's own tests.
  {
    files: ["tests/e2e/**/*.spec.ts"],
    ignores: ["tests/e2e/sign-in.spec.ts", "tests/e2e/first-hour.spec.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["Literal[value=/@vesteraa\\.example/]", "TemplateElement[value.raw=/@vesteraa\\.example/]"].map((selector) => ({
          selector,
          message: "A spec uses the people of its own world (world.email, world.signInAs), not the shared demo organisation.",
        })),
      ],
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/support/sign-in"],
              message: "The demo button signs in demo people only; a spec signs its own world's people in (world.signInAs).",
            },
          ],
        },
      ],
    },
  },
];

/** Import patterns for one layer, as `@/…` paths (the code imports across top-level folders only that way; a relative path there would slip past). */
function above(folder) {
  return [
    {
      group: [`@/${folder}`, `@/${folder}/**`],
      message: `Imports go from app to components to lib/domain to lib, never back up (here: ${folder}).`,
    },
  ];
}

function layer(files, name, patterns, ignores = []) {
  return [
    {
      files,
      ignores,
      rules: {
        "@typescript-eslint/no-restricted-imports": [
          "error",
          { patterns: patterns.map((pattern) => ({ ...pattern, allowTypeImports: true })) },
        ],
      },
    },
  ];
}

export default config;
