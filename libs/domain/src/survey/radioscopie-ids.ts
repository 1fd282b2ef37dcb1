/**
 * The questions of the radioscopie questionnaire (`data/radioscopie-maturite.v1.json`) that the
 * province's views read by id: the themes where communes have projects, the obstacles and the
 * fears most cited. Their ids and option values stay the same in every version of the
 * questionnaire, so that the views compare communes across versions.
 */
export const RADIOSCOPIE_QUESTIONNAIRE = 'radioscopie-maturite';

/** A matrix: each smart-city theme (row) at a stage from `aucun` to `realise` (column). */
export const THEME_PROJECTS_QUESTION = 'projets-themes';

/** A multiple choice of at most three obstacles. */
export const OBSTACLES_QUESTION = 'freins-obstacles';

/** A multiple choice of at most three fears. */
export const FEARS_QUESTION = 'freins-craintes';

/**
 * The columns of the theme matrix where a commune "already has a project" in the province's view:
 * under way or done (an idea, `envisage`, or a project still in preparation is not one yet).
 */
export const THEME_PROJECT_STAGES: readonly string[] = ['en-cours', 'realise'];
