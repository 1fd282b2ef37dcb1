import { SURVEY_TOKEN_HEADER, type SurveyLinkIssued } from '@bep/contracts';
import { RADIOSCOPIE_QUESTIONNAIRE, type Answers, type Question, type Questionnaire } from '@bep/domain';
import { QUESTIONNAIRES } from '@bep/domain/survey-data';
import { callApi, DEMO_ACCOUNT, type ApiAnswer, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { SurveyModule } from '../survey.module';

/** The questionnaire the demo's campaign uses: the latest version of the programme's. */
export const QUESTIONNAIRE: Questionnaire = QUESTIONNAIRES.filter((q) => q.code === RADIOSCOPIE_QUESTIONNAIRE).sort((a, b) => b.version - a.version)[0] as Questionnaire;

/** An answer the question takes: its first option, its highest scale point, its lowest number, its first row done. */
export function answerFor(question: Question): Answers[string] {
  switch (question.kind) {
    case 'single':
      return question.options[0]?.value ?? '';
    case 'multiple':
      return [question.options[0]?.value ?? ''];
    case 'scale':
      return question.max;
    case 'number':
      return question.min;
    case 'matrix':
      return { [question.rows[0]?.value ?? '']: question.columns.at(-1)?.value ?? '' };
    case 'text':
      return 'Rien à ajouter.';
  }
}

/** The answers to the required questions of each section, by section id: a submittable questionnaire. */
export function requiredAnswers(): Map<string, Record<string, Answers[string]>> {
  return new Map(
    QUESTIONNAIRE.sections.map((section) => [section.id, Object.fromEntries(section.questions.filter((q) => q.required && !q.visibleIf).map((q) => [q.id, answerFor(q)]))]),
  );
}

/** The demo's API with the survey capability, signed in as a manager, and the calls a spec makes. */
export interface SurveyApi extends DemoApi {
  manager: Record<string, string>;
  managerId: string;
  /** A call of the public form with the link's token (none when undefined). */
  asCommune<T>(token: string | undefined, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>>;
  /** Issues a new link for the engagement as the manager, and answers its token. */
  issueLink(engagementId: string): Promise<string>;
  /** The engagement of the current campaign for the commune. */
  engagementOf(commune: string): Promise<{ id: string; stage: string; version: number }>;
}

export async function startSurveyApi(purpose: string): Promise<SurveyApi> {
  const api = await startDemoApi(purpose, [SurveyModule]);
  const session = await signIn(api.baseUrl, DEMO_ACCOUNT.manager);
  const manager = session.bearer;
  return {
    ...api,
    manager,
    managerId: session.login.user.id,
    asCommune: (token, method, path, body) => callApi(api.baseUrl, method, path, token === undefined ? {} : { [SURVEY_TOKEN_HEADER]: token }, body),
    issueLink: async (engagementId) => {
      const issued = await callApi<SurveyLinkIssued>(api.baseUrl, 'POST', `/api/engagements/${engagementId}/survey-link`, manager);
      if (issued.status !== 201) throw new Error(`Issuing a link answered ${issued.status}: ${JSON.stringify(issued.body)}`);
      return issued.body.url.split('#')[1] ?? '';
    },
    engagementOf: async (commune) => {
      const [row] = await api.database.dataSource.query<{ id: string; stage: string; version: number }[]>(
        `SELECT e."id", e."stage", e."version" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"
           JOIN "commune" m ON m."nis" = e."commune_nis" WHERE m."name" = $1`,
        [commune],
      );
      if (!row) throw new Error(`No engagement for ${commune}`);
      return row;
    },
  };
}
