/**
 * The maturity questionnaire as data: sections of questions, each of a kind every form library
 * knows (single and multiple choice, a scale, a matrix, a number, free text), some shown only when
 * an earlier answer calls for them. A version is never edited once a campaign uses it: a change
 * is a new version, so the answers given to an earlier one keep their meaning. The words are
 * French (the communes answer in French); only the product's interface is translated.
 */

/** An answer a choice offers: `value` is stored with the answers, `label` is shown. */
export interface QuestionOption {
  readonly value: string;
  readonly label: string;
}

/**
 * When a question is shown: an earlier question's answer equals `equals` (a single choice or a
 * scale's value), includes `includes` (a multiple choice), or is one of `anyOf`. A hidden question
 * counts for neither the progress nor the scores, and its answer, if any, is not kept.
 */
export type QuestionCondition =
  | { readonly question: string; readonly equals: string | number }
  | { readonly question: string; readonly includes: string }
  | { readonly question: string; readonly anyOf: readonly (string | number)[] };

interface QuestionBase {
  /** Unique in the questionnaire: the key of the answer. */
  readonly id: string;
  readonly label: string;
  /** A sentence under the question: what is meant, an example. */
  readonly help?: string;
  /** An answer is needed before the questionnaire is submitted (when the question is shown). */
  readonly required?: boolean;
  readonly visibleIf?: QuestionCondition;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly QuestionOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly options: readonly QuestionOption[];
  /** At most this many choices (e.g. the three main obstacles). */
  readonly maxChoices?: number;
}

/** A rating from `min` to `max` (1 to 5), its ends named. */
export interface ScaleQuestion extends QuestionBase {
  readonly kind: 'scale';
  readonly min: number;
  readonly max: number;
  readonly minLabel: string;
  readonly maxLabel: string;
}

/** One choice among `columns` for each of `rows` (e.g. each theme: no project, planned, under way, done). */
export interface MatrixQuestion extends QuestionBase {
  readonly kind: 'matrix';
  readonly rows: readonly QuestionOption[];
  readonly columns: readonly QuestionOption[];
}

export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (a count of agents, of projects). */
  readonly integer: boolean;
  readonly unit?: string;
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'text';
  /** Several lines (a description) rather than one (a name). */
  readonly multiline: boolean;
  readonly maxLength: number;
}

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | ScaleQuestion | MatrixQuestion | NumberQuestion | TextQuestion;
export type QuestionKind = Question['kind'];

export interface QuestionnaireSection {
  /** Unique in the questionnaire: the unit that is saved, and that two people may fill at once. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly questions: readonly Question[];
}

export interface Questionnaire {
  /** The questionnaire's name across its versions (`radioscopie-maturite`). */
  readonly code: string;
  readonly version: number;
  readonly title: string;
  /** Said on the first screen: who answers, how long it takes, that answers are saved as typed. */
  readonly introduction: string;
  readonly sections: readonly QuestionnaireSection[];
}

/** An answer, by the question's kind: an option's value, several, a number, a row → column map, text. */
export type AnswerValue = string | number | readonly string[] | Readonly<Record<string, string>>;

/** The answers given, by question id. */
export type Answers = Readonly<Record<string, AnswerValue>>;
