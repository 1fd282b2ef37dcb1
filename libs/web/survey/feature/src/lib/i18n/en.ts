import type { fr } from './fr';

/** The words of the public questionnaire's page, in English (the questionnaire itself stays French). */
export const en: typeof fr = {
  title: 'Questionnaire',
  tagline: "Radioscopy of the municipalities' digital maturity",
  loading: 'Loading the questionnaire…',
  unknown: {
    title: 'This link is not or no longer valid',
    message: 'It may have been replaced by a newer link. Ask BEP for a new one.',
  },
  expired: {
    title: 'This questionnaire is closed',
    message: 'The campaign no longer accepts answers. For any question, contact BEP.',
  },
  failed: {
    title: 'The questionnaire could not be loaded',
    retry: 'Try again',
  },
  submitted: {
    title: 'Thank you!',
    message: 'The questionnaire was sent to BEP.',
    sentOn: 'Sent on {{ date }}.',
  },
  form: {
    campaign: 'Campaign {{ name }}',
    conflict: 'Someone else has just changed this section: their answers are shown.',
  },
  progress: {
    title: 'Progress',
    toggle: 'Show the progress',
    count: '{{ answered }} / {{ shown }}',
    label: 'Questions answered: {{ answered }} of {{ shown }}',
    current: 'current section',
    summary: 'Summary and sending',
  },
  save: {
    saving: 'Saving…',
    saved: 'Saved at {{ time }}',
    failed: 'Saving failed: {{ reason }}',
    retry: 'Try again',
  },
  summary: {
    title: 'Summary',
    intro: 'Check your answers before sending them to BEP. Once sent, the questionnaire can no longer be changed.',
    answered: 'Questions answered: {{ answered }} of {{ shown }}',
    missing: 'Required questions without an answer:',
    complete: 'Every required question has an answer.',
    goTo: 'Go to the section {{ title }}',
    back: 'Back to the questionnaire',
    unsaved: 'Wait for the saving to end before sending.',
    submit: 'Send the questionnaire to BEP',
    incomplete: 'The questionnaire is not complete: first answer the required questions named above.',
    confirmTitle: 'Send the questionnaire?',
    confirmMessage: 'BEP will receive your answers and the questionnaire can no longer be changed.',
    confirm: 'Send',
  },
  paper: {
    title: 'Paper answers',
    breadcrumb: 'Back',
    back: 'Back to {{ commune }}',
    explanation:
      "Type in here the answers the municipality sent back on paper. Each answer is saved as you type it; sending moves the municipality to 'Survey answered'.",
    noCommune: 'No municipality has the NIS code {{ nis }}.',
    noEngagement: 'This municipality has no engagement in the current campaign: there is no questionnaire to fill in.',
    submitted: 'Questionnaire sent',
    forbidden: 'Only BEP managers type in paper answers.',
  },
};
