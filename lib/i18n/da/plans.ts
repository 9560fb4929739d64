// The conversation and the competence development plan.

export const plans = {
  errors: {
    badUpdate: "Ændringen kunne ikke læses og er ikke gemt. Genindlæs siden; det, der allerede er gemt, er der stadig.",
    notOpen: "Planen kan ikke ændres i rundens nuværende fase.",
    tooLong: "Et felt i planen er blevet for langt (højst 20.000 tegn). Det sidste, du skrev, er ikke gemt; forkort teksten.",
    tooManyActions: "Planen kan højst have 20 øvebaner.",
    tooFast: "Der kommer for mange ændringer på én gang. Vent et øjeblik.",
  },
} as const;
