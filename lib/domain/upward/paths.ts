// Where the upward questionnaire lives: one page per participating leader, for that leader's own
// employees, reached from the invitation, the reminder and the home page.
export const questionnairePath = (participantId: string) => `/opadgaaende/${participantId}`;
