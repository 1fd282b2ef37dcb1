export * from './engagements.module';
export { TimelineSourceProvider, type TimelineSource, type TimelineViewer } from './timeline';
export { CAMPAIGN_STATUS_PROBLEM, campaignStatusConflict } from './campaign-status-conflict';
export { surveyLateSinceSql, surveyUnansweredLateSql } from './late-survey';
export { lockForMove, type LockedEngagement } from './engagement-lock';
export { applyStageMove, type StageMoveRequest } from './stage-move';
