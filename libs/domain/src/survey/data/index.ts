import type { Questionnaire } from '../questionnaire';
import type { ScoringModel } from '../scoring';
import maturiteDmaV1 from './maturite-dma.v1.json';
import radioscopieMaturiteV1 from './radioscopie-maturite.v1.json';

/**
 * Every version of the questionnaires and of their scoring models, as the repository holds them
 * (`@bep/domain/survey-data`, never through the domain's index: the web client reads them from the
 * API, not from its bundle). A new version is a new file added here; a file once released is never
 * edited (the API refuses to start when a stored version differs from its file). Their soundness is
 * tested (survey-data.spec.ts) rather than typed: JSON widens its strings.
 */
export const QUESTIONNAIRES = [radioscopieMaturiteV1] as unknown as readonly Questionnaire[];

export const SCORING_MODELS = [maturiteDmaV1] as unknown as readonly ScoringModel[];
