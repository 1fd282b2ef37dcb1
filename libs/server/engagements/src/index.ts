export * from './engagements.module';
export { TimelineSourceProvider, type TimelineSource, type TimelineViewer } from './timeline';
export { CAMPAIGN_STATUS_PROBLEM, campaignStatusConflict } from './campaign-status-conflict';
export { surveyLateSinceSql, surveyUnansweredLateSql } from './late-survey';
